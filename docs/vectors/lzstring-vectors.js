// Generates lzstring-vectors.json with the reference JavaScript lz-string (npm lz-string 1.5.0).
// The SDK's Java LZ-String code is tested against these vectors; it never runs this script.
//
//   mkdir /tmp/lzs && cd /tmp/lzs && npm init -y && npm install lz-string@1.5.0
//   NODE_PATH=/tmp/lzs/node_modules node docs/vectors/lzstring-vectors.js \
//     > mpp-sdk-testkit/src/main/resources/id/mpp/sdk/testkit/vectors/lzstring-vectors.json
'use strict';
const LZString = require('lz-string');

// A small seeded generator (mulberry32) so the "random" cases are the same on every run.
function mulberry32(seed) {
  return function () {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomText(seed, length, alphabet) {
  const next = mulberry32(seed);
  let out = '';
  for (let i = 0; i < length; i++) {
    out += alphabet[Math.floor(next() * alphabet.length)];
  }
  return out;
}

function codeUnitsRange(from, to) {
  let out = '';
  for (let c = from; c <= to; c++) out += String.fromCharCode(c);
  return out;
}

const peserta = JSON.stringify({
  peserta: {
    noKartu: '0001383605256', nik: '3201010101010001', nama: 'PESERTA SIMULASI',
    pisa: '1', sex: 'L', tglLahir: '1990-01-01', tglCetakKartu: '2021-03-04',
    tglTAT: '2099-12-31', tglTMT: '2014-01-01',
    statusPeserta: { kode: '0', keterangan: 'AKTIF' },
    jenisPeserta: { kode: '14', keterangan: 'PEKERJA PENERIMA UPAH' },
    hakKelas: { kode: '3', keterangan: 'KELAS III' },
    provUmum: { kdProvider: '0301R001', nmProvider: 'RS SIMULASI' },
    mr: { noMR: null, noTelepon: '081234567890' }, umur: { umurSekarang: '36 tahun' },
    informasi: { dinsos: null, prolanisPRB: null, noSKTM: null }, cob: { noAsuransi: null }
  }
});

const taskList = JSON.stringify({
  list: [1, 2, 3, 4, 5].map((taskid) => ({
    wakturs: '16-03-2021 11:3' + taskid + ':49 WIB', waktu: '16-03-2021 11:3' + taskid + ':49 WIB',
    taskname: 'task ' + taskid, taskid: taskid, kodebooking: 'MPP20210316A012'
  }))
});

const cases = [
  ['empty', ''],
  ['single-ascii', 'a'],
  ['single-non-latin1', '\u0100'],
  ['hello', 'Hello, world!'],
  ['repeated-char-1000', 'a'.repeat(1000)],
  ['repetitive-sentence', 'Mal Pelayanan Publik melayani warga. '.repeat(200)],
  ['unicode-bmp', 'Layanan publik \u2014 \u2713 \u65e5\u672c\u8a9e \u0e20\u0e32\u0e29\u0e32 \u0627\u0644\u0639\u0631\u0628\u064a\u0629'],
  ['unicode-surrogate-pairs', 'emoji \ud83d\ude00\ud83c\uddee\ud83c\udde9 and \ud834\udd1e'],
  ['control-and-nul', 'a\u0000b\u0001c\n\r\t\u007f\u00ff'],
  ['all-latin1', codeUnitsRange(0, 255)],
  ['code-units-0-to-600', codeUnitsRange(0, 600)],
  ['json-vclaim-peserta', peserta],
  ['json-antrean-tasklist', taskList],
  ['json-empty-object', '{}'],
  ['random-ascii-5000', randomText(8, 5000, 'abcdefghijklmnopqrstuvwxyz0123456789 {}":,')],
  ['random-wide-20000', randomText(2026, 20000, codeUnitsRange(0x20, 0x7e) + codeUnitsRange(0x3040, 0x30ff))],
  ['random-large-alphabet-30000', randomText(62, 30000, codeUnitsRange(0x21, 0x2fff))]
];

const compress = cases.map(([name, input]) => ({
  name,
  input,
  compressed: LZString.compressToEncodedURIComponent(input)
}));

// Inputs only decompressed: what the reference returns for them (null = nothing).
// The SDK's Java decoder deliberately differs where the reference returns "" or null for input it
// cannot decode (truncated, or with characters outside the alphabet): Java rejects that input.
const withPlus = LZString.compressToEncodedURIComponent('{"a":1}');
const hello = LZString.compressToEncodedURIComponent('Hello, world!');
const decompressOnly = [
  ['empty-input-gives-null', ''],
  ['plus-sent-as-space', withPlus.replace(/\+/g, ' ')],
  ['truncated-after-first-char', hello.substring(0, 1)],
  ['truncated-half', hello.substring(0, hello.length / 2)],
  ['character-outside-alphabet', '@@@@'],
  ['single-terminator-token', LZString.compressToEncodedURIComponent('')]
].map(([name, compressed]) => ({
  name,
  compressed,
  expected: LZString.decompressFromEncodedURIComponent(compressed)
}));

process.stdout.write(JSON.stringify({
  generator: 'docs/vectors/lzstring-vectors.js with npm lz-string ' + require('lz-string/package.json').version,
  compress,
  decompressOnly
}, null, 1) + '\n');

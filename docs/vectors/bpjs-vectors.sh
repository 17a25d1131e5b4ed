#!/usr/bin/env bash
# Generates bpjs-vectors.json: BPJS Kesehatan request signatures and encrypted responses, computed
# with the OpenSSL command line and the reference JavaScript lz-string, independently of the SDK.
#
#   mkdir /tmp/lzs && (cd /tmp/lzs && npm init -y && npm install lz-string@1.5.0)
#   NODE_PATH=/tmp/lzs/node_modules bash docs/vectors/bpjs-vectors.sh \
#     > mpp-sdk-testkit/src/main/resources/id/mpp/sdk/testkit/vectors/bpjs-vectors.json
#
# Signature (domain doc section 5):  X-signature = Base64(HMAC-SHA256(key = secret, consId "&" timestamp))
#   printf '%s' "$consId&$timestamp" | openssl dgst -sha256 -hmac "$secret" -binary | base64 -w0
# Response encryption (the agency's side; the SDK decrypts):
#   key  = SHA-256(consId + secret + timestamp)           (32 bytes, AES-256 key)
#   iv   = first 16 bytes of key
#   text = LZString.compressToEncodedURIComponent(json)    (reference lz-string)
#   response = Base64(AES-256-CBC-PKCS7(key, iv, text))
#   printf '%s' "$text" | openssl enc -aes-256-cbc -K "$keyHex" -iv "${keyHex:0:32}" -base64 -A
set -euo pipefail

lz() { node -e 'process.stdout.write(require("lz-string").compressToEncodedURIComponent(process.argv[1]))' -- "$1"; }
json() { node -e 'process.stdout.write(JSON.stringify(process.argv[1]))' -- "$1"; }

vector() {
  local name="$1" consId="$2" secret="$3" timestamp="$4" payload="$5"
  local signature keyHex compressed response
  signature=$(printf '%s' "$consId&$timestamp" | openssl dgst -sha256 -hmac "$secret" -binary | base64 -w0)
  keyHex=$(printf '%s' "$consId$secret$timestamp" | openssl dgst -sha256 -hex | sed 's/^.*= //')
  compressed=$(lz "$payload")
  response=$(printf '%s' "$compressed" | openssl enc -aes-256-cbc -K "$keyHex" -iv "${keyHex:0:32}" -base64 -A)
  printf '  {"name": %s, "consId": %s, "secret": %s, "timestamp": %s,\n' \
    "$(json "$name")" "$(json "$consId")" "$(json "$secret")" "$(json "$timestamp")"
  printf '   "signature": %s,\n   "aesKeyHex": %s, "ivHex": %s,\n' \
    "$(json "$signature")" "$(json "$keyHex")" "$(json "${keyHex:0:32}")"
  printf '   "payload": %s,\n   "response": %s}' "$(json "$payload")" "$(json "$response")"
}

peserta='{"peserta":{"noKartu":"0001383605256","nik":"3201010101010001","nama":"PESERTA SIMULASI","sex":"L","tglLahir":"1990-01-01","statusPeserta":{"kode":"0","keterangan":"AKTIF"},"jenisPeserta":{"kode":"14","keterangan":"PEKERJA PENERIMA UPAH"},"hakKelas":{"kode":"3","keterangan":"KELAS III"},"provUmum":{"kdProvider":"0301R001","nmProvider":"RS SIMULASI"}}}'
tasks='{"list":[{"wakturs":"16-03-2021 11:32:49 WIB","waktu":"16-03-2021 11:32:49 WIB","taskname":"mulai waktu tunggu admisi","taskid":1,"kodebooking":"MPP20210316A012"}]}'
unicode='{"keterangan":"Peserta tidak aktif — silakan hubungi kantor cabang ✓ 😀","kode":"\u0041"}'

echo '{"generator": "docs/vectors/bpjs-vectors.sh (openssl '"$(openssl version | cut -d' ' -f2)"', npm lz-string '"$(node -e 'process.stdout.write(require("lz-string/package.json").version)')"')",'
echo ' "vectors": ['
vector "numeric-cons-id" "30432" "8xT3kQ0pZb" "1700000000" "$peserta"; echo ','
vector "secret-with-symbols" "1234" 'Pa55&word=+/' "1739431200" "$tasks"; echo ','
vector "unicode-payload" "987654" "rahasia-Konsumen-2026" "1767225600" "$unicode"; echo ','
vector "empty-object" "30432" "8xT3kQ0pZb" "1700000001" '{}'
echo
echo ' ]}'

#!/usr/bin/env bash
# Generates snap-vectors.json: Bank Indonesia SNAP signatures computed with the OpenSSL command line
# and node (for JSON minification only), independently of the SDK.
#
#   bash docs/vectors/snap-vectors.sh \
#     > mpp-sdk-testkit/src/main/resources/id/mpp/sdk/testkit/vectors/snap-vectors.json
#
# The RSA key pair is a TEST KEY generated for these vectors only; it protects nothing:
#   openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out snap-test-key.pem
#   openssl pkey -in snap-test-key.pem -pubout -out snap-test-key.pub.pem
# B2B access-token signature (domain doc section 6):
#   printf '%s' "$clientId|$timestamp" | openssl dgst -sha256 -sign snap-test-key.pem | base64 -w0
# Symmetric transaction signature:
#   minified = JSON.stringify(JSON.parse(body))   ("" when there is no body)
#   bodyHash = lowercase hex SHA-256(minified)
#   printf '%s' "$METHOD:$path:$token:$bodyHash:$timestamp" \
#     | openssl dgst -sha512 -hmac "$clientSecret" -binary | base64 -w0
set -euo pipefail

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$work/key.pem" 2>/dev/null
openssl pkey -in "$work/key.pem" -pubout -out "$work/pub.pem"

json() { node -e 'process.stdout.write(JSON.stringify(process.argv[1]))' -- "$1"; }
minify() { node -e 'const b = process.argv[1]; process.stdout.write(b === "" ? "" : JSON.stringify(JSON.parse(b)))' -- "$1"; }

b2b() {
  local name="$1" clientId="$2" timestamp="$3" signature
  signature=$(printf '%s' "$clientId|$timestamp" | openssl dgst -sha256 -sign "$work/key.pem" | base64 -w0)
  printf '  {"name": %s, "clientId": %s, "timestamp": %s, "stringToSign": %s, "signature": %s}' \
    "$(json "$name")" "$(json "$clientId")" "$(json "$timestamp")" \
    "$(json "$clientId|$timestamp")" "$(json "$signature")"
}

symmetric() {
  local name="$1" method="$2" path="$3" token="$4" body="$5" timestamp="$6" secret="$7"
  local minified bodyHash stringToSign signature
  minified=$(minify "$body")
  bodyHash=$(printf '%s' "$minified" | openssl dgst -sha256 -hex | sed 's/^.*= //')
  stringToSign="$method:$path:$token:$bodyHash:$timestamp"
  signature=$(printf '%s' "$stringToSign" | openssl dgst -sha512 -hmac "$secret" -binary | base64 -w0)
  printf '  {"name": %s, "method": %s, "path": %s, "accessToken": %s, "timestamp": %s,\n' \
    "$(json "$name")" "$(json "$method")" "$(json "$path")" "$(json "$token")" "$(json "$timestamp")"
  printf '   "clientSecret": %s, "body": %s,\n   "minifiedBody": %s, "bodyHash": %s,\n' \
    "$(json "$secret")" "$(json "$body")" "$(json "$minified")" "$(json "$bodyHash")"
  printf '   "stringToSign": %s,\n   "signature": %s}' "$(json "$stringToSign")" "$(json "$signature")"
}

inquiry='{
  "partnerServiceId": "   12345",
  "customerNo": "0000000001",
  "virtualAccountNo": "   123450000000001",
  "trxDateInit": "2026-03-02T09:15:00+07:00",
  "channelCode": 6011,
  "language": "ID",
  "amount": { "value": "30000.00", "currency": "IDR" },
  "inquiryRequestId": "202603020915000001",
  "additionalInfo": {}
}'
payment='{ "partnerServiceId" : "   12345", "customerNo" : "0000000001",
  "virtualAccountNo" : "   123450000000001", "virtualAccountName" : "Retribusi \"MPP\" Kota \u2014 Bandar Lampung",
  "paymentRequestId" : "202603020915000001", "paidAmount" : { "value" : "30000.00", "currency" : "IDR" },
  "trxDateTime" : "2026-03-02T09:16:10+07:00", "flagAdvise" : "N" }'
token='eyJhbGciOiJIUzI1NiJ9.c2ltdWxhdG9y.dGVzdC10b2tlbg'

echo '{"generator": "docs/vectors/snap-vectors.sh (openssl '"$(openssl version | cut -d' ' -f2)"', node '"$(node --version)"')",'
echo ' "testKeyWarning": "TEST KEY generated for these vectors only; never use it for anything else",'
printf ' "privateKeyPem": %s,\n' "$(json "$(openssl pkey -in "$work/key.pem")")"
printf ' "publicKeyPem": %s,\n' "$(json "$(cat "$work/pub.pem")")"
echo ' "b2b": ['
b2b "bank-lampung-client" "mpp-bandar-lampung" "2026-03-02T09:15:00+07:00"; echo ','
b2b "utc-offset-written-as-plus-zero" "c1f6a2d0-77aa-4c1e-9d0e-1b2c3d4e5f60" "2026-03-02T02:15:00+00:00"; echo ','
b2b "wita-offset" "mpp-makassar" "2026-12-31T23:59:59+08:00"
echo
echo ' ],'
echo ' "symmetric": ['
symmetric "va-inquiry-pretty-body" "POST" "/v1.0/transfer-va/inquiry" "$token" "$inquiry" "2026-03-02T09:15:00+07:00" "client-secret-bank-lampung"; echo ','
symmetric "va-payment-escapes-and-unicode" "POST" "/v1.0/transfer-va/payment" "$token" "$payment" "2026-03-02T09:16:10+07:00" "client-secret-bank-lampung"; echo ','
symmetric "get-without-body-with-query" "GET" "/v1.0/transfer-va/report?startDate=2026-03-02&endDate=2026-03-02" "$token" "" "2026-03-02T17:00:00+07:00" "Rajasa#Secret!2026"
echo
echo ' ]}'

#!/usr/bin/env bash
# Uploads dist/ to an S3 bucket with the cache rules of docs/deploy.md:
#   docs/deploy/s3-upload.sh BUCKET [PREFIX]     (PREFIX: news/ for a site built with BASE_PATH=/news/)
# Security headers are not S3's to send: CloudFront adds them with
# docs/deploy/cloudfront-response-headers-policy.json.
set -euo pipefail
bucket=${1:?usage: docs/deploy/s3-upload.sh BUCKET [PREFIX]}
target="s3://$bucket/${2:-}"
# Content-hashed: Astro's assets; Pagefind's index, fragments, filters and metadata in every
# bundle (the aws CLI's * also matches across folders).
hashed=('_astro/*' 'pagefind/*.pf_fragment' 'pagefind/*.pf_index' 'pagefind/*.pf_filter' 'pagefind/*.pf_meta')

# Hashed files first, so no page arrives before the files it names. Old ones stay: pages still
# open or cached may ask for them.
include=()
for pattern in "${hashed[@]}"; do include+=(--include "$pattern"); done
aws s3 sync dist/ "$target" --exclude '*' "${include[@]}" --cache-control 'public, max-age=31536000, immutable'

# Everything else revalidates; --delete removes what the build no longer has (not the hashed files).
exclude=(--exclude '_headers')
for pattern in "${hashed[@]}"; do exclude+=(--exclude "$pattern"); done
aws s3 sync dist/ "$target" --delete "${exclude[@]}" --cache-control 'public, max-age=0, must-revalidate'

#!/usr/bin/env bash
# `corslab-cli audit` of one loopback server: a real nginx (Debian's) on 127.0.0.1 answering with the
# reflect-any-origin-with-credentials mistake, audited three times; prints the median and the probes sent.
# Not run by ./test.sh.   bench/bench_audit.sh [CLI]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/median.sh
cli=$(realpath "${1:-build/app/corslab-cli}")
dir=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
mkdir -p "$dir/tmp"
cat > "$dir/nginx.conf" <<CONF
daemon off;
master_process off;
worker_processes 1;
pid $dir/nginx.pid;
error_log $dir/error.log warn;
events { worker_connections 64; }
http {
    access_log off;
    client_body_temp_path $dir/tmp/body;
    proxy_temp_path $dir/tmp/proxy;
    fastcgi_temp_path $dir/tmp/fastcgi;
    uwsgi_temp_path $dir/tmp/uwsgi;
    scgi_temp_path $dir/tmp/scgi;
    default_type application/json;
    server {
        listen 127.0.0.1:$port;
        location /v1/items {
            add_header Access-Control-Allow-Origin \$http_origin always;
            add_header Access-Control-Allow-Credentials true always;
            add_header Access-Control-Allow-Methods "GET, POST, PUT" always;
            add_header Access-Control-Allow-Headers "content-type, authorization" always;
            if (\$request_method = OPTIONS) { return 204; }
            return 200 '{"ok":true}';
        }
    }
}
CONF
/usr/sbin/nginx -p "$dir" -c "$dir/nginx.conf" -e "$dir/error.log" &
nginx=$!
trap 'kill $nginx 2>/dev/null; wait $nginx 2>/dev/null; rm -rf "$dir"' EXIT
for _ in $(seq 50); do (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null && break; sleep 0.1; done
times=()
for run in 1 2 3; do
    start=$(now_ms)
    "$cli" audit "http://127.0.0.1:$port/v1/items" --origin https://app.example.com --json > "$dir/audit.json" || true
    times+=($(( $(now_ms) - start )))
done
probes=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1])).get("probes", "?"))' "$dir/audit.json")
findings=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1])).get("findings", [])))' "$dir/audit.json")
echo "audit of one loopback nginx: median $(median "${times[@]}") ms of 3 runs (${times[*]}), $probes probes, $findings findings"

#!/usr/bin/env python3
# Rewrites tests/data/firefox-unmodelled.json from a run of tst_golden: the goldens whose Firefox record
# (expectFirefox) the model does not answer yet, each with the first field that differs.
#   scripts/update-firefox-unmodelled.py BUILD_DIR/tests/tst_golden
import json, os, re, subprocess, sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
path = os.path.join(root, 'tests/data/firefox-unmodelled.json')
about = json.load(open(path))['about'] if os.path.exists(path) else ''
if os.path.exists(path):
    os.rename(path, path + '.old')
try:
    run = subprocess.run([sys.argv[1], 'verdict'], capture_output=True, text=True,
                         env=dict(os.environ, QT_QPA_PLATFORM='offscreen'))
finally:
    if os.path.exists(path + '.old'):
        os.rename(path + '.old', path)
unmodelled = {}
for line in run.stdout.splitlines():
    m = re.match(r"FAIL!  : TestGolden::verdict\((.*) \(firefox\)\) 'problems.isEmpty\(\)' returned FALSE. \((.*)", line)
    if m:
        unmodelled[m.group(1)] = m.group(2).rstrip(')')[:200]
json.dump({'about': about, 'unmodelled': dict(sorted(unmodelled.items()))}, open(path, 'w'), indent=1, ensure_ascii=False)
open(path, 'a').write('\n')
print(f'{len(unmodelled)} goldens unmodelled in Firefox')

#!/bin/sh
# state.json -> devalue 2.0.1 (npm; NODE_PATH or DEVALUE may point at it) -> the server-rendered page
set -e
cd "$(dirname "$0")"
python3 make_state.py
node devalue.js > state.js
python3 make_page.py

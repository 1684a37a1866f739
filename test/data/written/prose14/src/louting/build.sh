#!/bin/sh
# hand-shaped louting page: written by the script
set -e
cd "$(dirname "$0")"
python3 make_enex.py

#!/bin/sh
# hand-shaped zhichuan page: written by the script
set -e
cd "$(dirname "$0")"
python3 make_page.py

#!/bin/sh
# nbformat 5.5 + nbconvert 6.5.3 / ipykernel 6.17 (Debian 12): write the notebook, then execute it in place
set -e
cd "$(dirname "$0")"
/usr/bin/python3 make_nb.py
/usr/bin/python3 -m nbconvert --to notebook --execute --allow-errors kezhou.ipynb --output ../../kezhou-city-2022-jupyter-notebook.ipynb
/usr/bin/python3 fix_meta.py ../../kezhou-city-2022-jupyter-notebook.ipynb

#!/bin/sh
# reportlab AcroForm → pdftk fill_form (XFDF, UTF-8) → pdftk dump_data_fields_utf8 (pdftk-java 3.3, Debian 12)
set -e
cd "$(dirname "$0")"
/usr/bin/python3 make_form.py
/usr/bin/python3 make_xfdf.py
pdftk form.pdf fill_form values.xfdf output filled.pdf
pdftk filled.pdf dump_data_fields_utf8 output ../../qinan-culture-2015-pdf-form-pdftk-dump-data-fields.txt

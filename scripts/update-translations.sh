#!/usr/bin/env bash
# Refreshes resources/translations/*.ts from the code (pyside6-lupdate): new strings
# appear as unfinished, removed ones go. Translate them (Qt Linguist:
# `pyside6-linguist resources/translations/optout_de.ts`), then `make translations`.
# tests/test_translations.py fails while any entry is unfinished.
set -euo pipefail
cd "$(dirname "$0")/.."
LUPDATE=${LUPDATE:-.venv/bin/pyside6-lupdate}
sources=$(find wizard -name '*.py' | sort)
for lang in de fr es it nl pl pt sv zh_Hant; do
  "$LUPDATE" -silent -locations none -no-obsolete -source-language en -target-language "$lang" \
    $sources -ts "resources/translations/optout_${lang}.ts"
done

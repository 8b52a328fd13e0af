#!/usr/bin/env bash
# The defective twins of the published-report fixtures, for the batch test (test/cli/batch.test.ts):
# report-wrong.docx is report.docx with （七）总计 · 总计 written 231 for 213, and report-wrong.pdf is
# that document printed by LibreOffice. Run after scripts/build-document-fixtures.mjs; needs python3
# and LibreOffice (soffice). The tests read the committed files and do not need this script.
set -euo pipefail
cd "$(dirname "$0")/../test/fixtures/documents"
python3 - <<'PY'
import zipfile
source = zipfile.ZipFile('report.docx')
xml = source.read('word/document.xml').decode('utf-8')
at = xml.index('（七）总计')
cell = xml.index('>213<', at)
wrong = xml[:cell] + '>231<' + xml[cell + 5:]
with zipfile.ZipFile('report-wrong.docx', 'w', zipfile.ZIP_DEFLATED) as out:
    for item in source.infolist():
        out.writestr(item, wrong.encode('utf-8') if item.filename == 'word/document.xml' else source.read(item.filename))
PY
soffice --headless --convert-to pdf report-wrong.docx >/dev/null

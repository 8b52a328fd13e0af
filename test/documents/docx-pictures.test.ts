// Pictures in a .docx (a table or a page pasted as a picture) are not read, and never dropped in
// silence: the reading notes them once per file, with how many and where the first stands, as
// text not read. A logo in the page header is not the report's content (mammoth leaves headers
// out), nor are a web page's pictures (its logos and buttons).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { convertDocument } from '../../server/src/documents/index.ts';
import { placeAt } from '../../server/src/documents/places.ts';
import { noteOf, type ConvertedDocument } from '../../server/src/documents/types.ts';
import { docxWithPictures, fixture } from './files.ts';

async function docx(before: string[], header = false): Promise<ConvertedDocument> {
  return convertDocument(docxWithPictures(fixture('report.docx'), { before, header }), 'docx');
}

/** The paragraph (or table row) the line starting with `line` came from. */
function placeOf(doc: ConvertedDocument, line: string): unknown {
  const at = doc.text.indexOf(`\n${line}`);
  assert.ok(at >= 0, line);
  return placeAt(doc.places, at + 1);
}

describe('pictures in a .docx', () => {
  it('one picture: said with its paragraph, as Word counts them (a logo in the page header is not one); the text read is the same', async () => {
    const plain = await convertDocument(fixture('report.docx'), 'docx');
    const doc = await docx(['二、主动公开'], true);
    assert.equal(doc.text, plain.text);
    // The picture's paragraph is the one before the section it was put before.
    assert.deepEqual(placeOf(doc, '二、主动公开'), { paragraph: 6 });
    assert.deepEqual(doc.problems.map((p) => [p.code, p.fatal, p.message]), [['pictures', false, {
      zh: '第 5 段有图片（可能是表格或文字的图片），未读取',
      en: 'a picture in paragraph 5 (a table or text as a picture?) was not read',
    }]]);
    assert.equal(noteOf(doc.problems[0]!).textNotRead, true, 'what a picture holds is text not read');
    // A web page's pictures are its logos and buttons: not said.
    const page = '<html><body><div class="header"><img src="logo.png"></div><div class="article"><p>正文</p><p><img src="table.png"></p></div></body></html>';
    assert.deepEqual((await convertDocument(Buffer.from(page), 'html')).problems, []);
  });

  it('several: counted, and said once with where the first stands', async () => {
    const doc = await docx(['二、主动公开', '三、收到和处理']);
    assert.deepEqual(doc.problems.map((p) => p.message), [{
      zh: '有 2 张图片（可能是表格或文字的图片），未读取；第一张在第 5 段',
      en: '2 pictures (tables or text as pictures?) were not read; the first is in paragraph 5',
    }]);
  });

  it('in a cell of a table: said with its table and row (the cell\'s text read as before)', async () => {
    const doc = await docx(['规章']);
    assert.deepEqual(placeOf(doc, '| 规章 | 0 | 0 | 0 |'), { table: 1, row: 3 });
    assert.deepEqual(doc.problems.map((p) => p.message.zh), ['第 1 个表格第 3 行有图片（可能是表格或文字的图片），未读取']);
  });
});

describe('which notes leave text unread', () => {
  it('a page nested too deep was read, as text: information only', async () => {
    const deep = `${'<div>'.repeat(300)}<p>正文</p>${'</div>'.repeat(300)}`;
    const read = await convertDocument(Buffer.from(deep), 'html');
    assert.deepEqual(read.problems.map((p) => [p.code, noteOf(p).textNotRead]), [['nested-too-deep', false]]);
  });
});

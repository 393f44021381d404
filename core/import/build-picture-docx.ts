import { buildZip, type ZipEntrySpec } from './build-zip.js';

// For tests and the bench of Word documents crafted to hurt; nothing in the application writes them.
const PICTURE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image';

/** A .docx of one paragraph and `pictures` drawings of word/media/image1.png, with the entries given. */
export function buildPictureDocx(media: ZipEntrySpec, pictures = 1, extra: ZipEntrySpec[] = []): Uint8Array {
  const drawing = '<w:r><w:drawing><wp:inline><wp:docPr id="1" name="Picture" descr="A picture"/><a:graphic><a:graphicData><pic:pic><pic:blipFill><a:blip r:embed="rIdPicture"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>';
  const document = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><w:body><w:p><w:r><w:t>A report with pictures.</w:t></w:r></w:p>${`<w:p>${drawing}</w:p>`.repeat(pictures)}</w:body></w:document>`;
  return buildZip([
    { name: '[Content_Types].xml', content: '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>' },
    { name: '_rels/.rels', content: '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>' },
    { name: 'word/_rels/document.xml.rels', content: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdPicture" Type="${PICTURE}" Target="media/image1.png"/></Relationships>` },
    { name: 'word/document.xml', content: document },
    media,
    ...extra,
  ]);
}

/**
 * Packs `dist-scorm/app/index.html` (from `vite build --mode scorm`) with an imsmanifest.xml into
 * `dist-scorm/web-stack-explorer-scorm12.zip`, a SCORM 1.2 package an LMS imports as one activity.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { zipSync, strToU8 } from 'fflate';

const APP = 'dist-scorm/app/index.html';
const OUT = 'dist-scorm/web-stack-explorer-scorm12.zip';
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

// SCORM 1.2 content packaging (IMS CP 1.1.2 + ADL's adlcp extension): one SCO launched from index.html.
export const MANIFEST = `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="web-stack-explorer" version="${version}"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="web-stack-explorer-org">
    <organization identifier="web-stack-explorer-org">
      <title>Web Stack Explorer</title>
      <item identifier="web-stack-explorer-item" identifierref="web-stack-explorer-sco" isvisible="true">
        <title>Web Stack Explorer: how one server serves www.foobar.com, and why it breaks</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="web-stack-explorer-sco" type="webcontent" adlcp:scormtype="sco" href="index.html">
      <file href="index.html"/>
    </resource>
  </resources>
</manifest>
`;

const zip = zipSync({ 'imsmanifest.xml': strToU8(MANIFEST), 'index.html': readFileSync(APP) }, { level: 9 });
writeFileSync(OUT, zip);
console.log(`${OUT}: ${(zip.length / 1024).toFixed(1)} KB (imsmanifest.xml + index.html)`);

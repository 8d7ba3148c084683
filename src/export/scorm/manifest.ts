import { PASS_THRESHOLD } from '../xapi/xapi-iris';
import { escapeXml } from './escape-xml';

export interface ManifestInput {
  title: string;
  /** One SCO per scenario, all launching the same app at #/play/<id>. */
  scenarios: { id: string; title: string }[];
  /** Every file of the package, relative, with forward slashes. */
  files: string[];
}

/** An XML ID (NCName) from a scenario id. */
const itemId = (id: string): string => `item-${id.replace(/[^A-Za-z0-9_.-]/g, '_')}`;

const launchParameters = (id: string): string => escapeXml(`#/play/${encodeURIComponent(id)}`);

const fileList = (files: string[], indent: string): string =>
  [...files]
    .sort()
    .map((file) => `${indent}<file href="${escapeXml(file)}"/>`)
    .join('\n');

/** imsmanifest.xml for SCORM 1.2 (IMS CP 1.1.2, ADL CP 1.2). */
export function scorm12Manifest(input: ManifestInput): string {
  const items = input.scenarios
    .map(
      (s) => `      <item identifier="${itemId(s.id)}" identifierref="app" isvisible="true" parameters="${launchParameters(s.id)}">
        <title>${escapeXml(s.title)}</title>
        <adlcp:masteryscore>${PASS_THRESHOLD}</adlcp:masteryscore>
      </item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="common-ground-scorm12" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="common-ground">
    <organization identifier="common-ground">
      <title>${escapeXml(input.title)}</title>
${items}
    </organization>
  </organizations>
  <resources>
    <resource identifier="app" type="webcontent" adlcp:scormtype="sco" href="index.html">
${fileList(input.files, '      ')}
    </resource>
  </resources>
</manifest>
`;
}

/** imsmanifest.xml for SCORM 2004 4th Edition; the pass mark travels as minNormalizedMeasure. */
export function scorm2004Manifest(input: ManifestInput): string {
  const items = input.scenarios
    .map(
      (s) => `      <item identifier="${itemId(s.id)}" identifierref="app" parameters="${launchParameters(s.id)}">
        <title>${escapeXml(s.title)}</title>
        <imsss:sequencing>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="passed" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>${PASS_THRESHOLD / 100}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>
        </imsss:sequencing>
      </item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="common-ground-scorm2004" version="1"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="common-ground">
    <organization identifier="common-ground">
      <title>${escapeXml(input.title)}</title>
${items}
      <imsss:sequencing>
        <imsss:controlMode choice="true" flow="true"/>
      </imsss:sequencing>
    </organization>
  </organizations>
  <resources>
    <resource identifier="app" type="webcontent" adlcp:scormType="sco" href="index.html">
${fileList(input.files, '      ')}
    </resource>
  </resources>
</manifest>
`;
}

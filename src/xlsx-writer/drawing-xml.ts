/**
 * The drawing part of a sheet (xl/drawings/drawingN.xml): one two-cell anchor per chart at the cells
 * `layoutSheet` chose, each pointing at its chart part through the drawing's relationships.
 */
import { NS, XML_HEADER, xmlText } from "./xml";

export interface ChartAnchor {
  /** 0-based cell of the top-left corner. */
  row: number;
  column: number;
  widthColumns: number;
  heightRows: number;
  /** Relationship id of the chart in the drawing's .rels. */
  relId: string;
  name: string;
}

export function drawingXml(anchors: readonly ChartAnchor[]): string {
  const items = anchors.map((a, i) => {
    const marker = (tag: string, row: number, col: number): string =>
      `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
    return (
      `<xdr:twoCellAnchor editAs="oneCell">${marker("from", a.row, a.column)}${marker("to", a.row + a.heightRows, a.column + a.widthColumns)}` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${xmlText(a.name)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
      `<a:graphic><a:graphicData uri="${NS.chart}"><c:chart xmlns:c="${NS.chart}" r:id="${a.relId}"/></a:graphicData></a:graphic>` +
      `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
    );
  });
  return (
    `${XML_HEADER}<xdr:wsDr xmlns:xdr="${NS.spreadsheetDrawing}" xmlns:a="${NS.drawingMain}" xmlns:r="${NS.rel}">` +
    items.join("") +
    "</xdr:wsDr>"
  );
}

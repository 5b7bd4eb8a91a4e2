/**
 * The drawing part of a sheet (xl/drawings/drawingN.xml): one one-cell anchor per chart at the cell
 * `layoutSheet` chose, with the chart's own size (CHART_POINTS) whatever the widths of the columns it
 * covers, so the print plan knows how wide and tall it prints. Each points at its chart part through the
 * drawing's relationships.
 */
import { CHART_POINTS } from "../core/output/print";
import { NS, XML_HEADER, xmlText } from "./xml";

const EMU_PER_POINT = 12700;

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
    const from = `<xdr:from><xdr:col>${a.column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${a.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>`;
    const ext = `<xdr:ext cx="${CHART_POINTS.width * EMU_PER_POINT}" cy="${CHART_POINTS.height * EMU_PER_POINT}"/>`;
    return (
      `<xdr:oneCellAnchor>${from}${ext}` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${xmlText(a.name)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
      `<a:graphic><a:graphicData uri="${NS.chart}"><c:chart xmlns:c="${NS.chart}" r:id="${a.relId}"/></a:graphicData></a:graphic>` +
      `</xdr:graphicFrame><xdr:clientData/></xdr:oneCellAnchor>`
    );
  });
  return (
    `${XML_HEADER}<xdr:wsDr xmlns:xdr="${NS.spreadsheetDrawing}" xmlns:a="${NS.drawingMain}" xmlns:r="${NS.rel}">` +
    items.join("") +
    "</xdr:wsDr>"
  );
}

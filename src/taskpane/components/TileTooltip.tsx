/**
 * Fluent's Tooltip in a chunk of its own: it brings the positioning engine (Floating UI), portals and
 * motion, none of which the tiles' first paint needs; the tiles show their figures without it and gain
 * their hover texts a moment later.
 */
import { Tooltip, type TooltipProps } from "@fluentui/react-components";

export default function TileTooltip(props: TooltipProps) {
  return <Tooltip {...props} />;
}

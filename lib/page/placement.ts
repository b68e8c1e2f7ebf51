/** Where the hover card goes: next to the figure, inside the viewport, never over the figure. */

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Size {
  width: number;
  height: number;
}

export type Side = 'below' | 'above' | 'right' | 'left';

export interface Placement {
  /** Viewport coordinates of the card's top-left corner (the card is position: fixed). */
  top: number;
  left: number;
  side: Side;
  /** The height the card may take on that side; a taller card scrolls inside it. */
  maxHeight: number;
}

export interface PlacementOptions {
  /** Space between the figure and the card. */
  gap?: number;
  /** Space kept between the card and the viewport's edges. */
  margin?: number;
}

const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(value, max));

/**
 * Below the figure when the card fits there, else above, else beside it (right, then left); when it fits
 * nowhere whole, on whichever of below and above has more room, capped to that room. The card is aligned with
 * the figure's start and slid back inside the viewport along the other axis.
 */
export function placeCard(figure: Rect, card: Size, viewport: Size, options: PlacementOptions = {}): Placement {
  const gap = options.gap ?? 6;
  const margin = options.margin ?? 8;
  const width = Math.min(card.width, viewport.width - 2 * margin);
  const fullHeight = Math.max(0, viewport.height - 2 * margin);
  const room = {
    below: Math.max(0, viewport.height - margin - figure.bottom - gap),
    above: Math.max(0, figure.top - gap - margin),
    right: Math.max(0, viewport.width - margin - figure.right - gap),
    left: Math.max(0, figure.left - gap - margin),
  };
  const alignedLeft = clamp(figure.left, margin, viewport.width - margin - width);
  const alignedTop = (height: number) => clamp(figure.top, margin, viewport.height - margin - height);

  if (card.height <= room.below) return { top: figure.bottom + gap, left: alignedLeft, side: 'below', maxHeight: room.below };
  if (card.height <= room.above) {
    return { top: figure.top - gap - card.height, left: alignedLeft, side: 'above', maxHeight: room.above };
  }
  if (card.height <= fullHeight) {
    if (width <= room.right) return { top: alignedTop(card.height), left: figure.right + gap, side: 'right', maxHeight: fullHeight };
    if (width <= room.left) return { top: alignedTop(card.height), left: figure.left - gap - width, side: 'left', maxHeight: fullHeight };
  }
  if (room.below >= room.above) return { top: figure.bottom + gap, left: alignedLeft, side: 'below', maxHeight: room.below };
  return { top: figure.top - gap - room.above, left: alignedLeft, side: 'above', maxHeight: room.above };
}

/**
 * The ports on 127.0.0.1 where the app listens for the browser clipper, tried in this order; the
 * clipper looks on each (README, "Browser clipper"). A range, not one port: a second app (a web
 * shell beside the desktop app) takes the next free one, and pairing tells the clipper which.
 */
export const CAPTURE_PORTS: readonly number[] = Array.from({ length: 10 }, (_, index) => 47615 + index);

/** The paths the capture listener answers. */
export const CAPTURE_PATHS = { pair: '/clipper/pair', capture: '/clipper/capture' } as const;

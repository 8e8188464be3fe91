// Runs before the test framework: things modules touch on import.

// NutUI's lottie draws on a 2D context when it loads; jsdom has no canvas.
// Any method is a no-op, any property can be set.
HTMLCanvasElement.prototype.getContext = function getContext() {
  const state = { canvas: this }
  return new Proxy(state, {
    get: (target, key) => (key in target ? target[key] : () => ({ width: 0, data: new Uint8ClampedArray(4) })),
    set: (target, key, value) => {
      target[key] = value
      return true
    },
  })
}

if (!window.matchMedia) {
  window.matchMedia = (query) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  })
}

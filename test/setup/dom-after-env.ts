import '@testing-library/jest-dom'
import { configure } from '@testing-library/react'

// Taro's H5 components are custom elements whose properties pretty-format walks
// forever; on a failed query show the plain HTML instead.
configure({
  getElementError: (message, container) => {
    const html = container instanceof Element ? container.outerHTML : String(container)
    const error = new Error([message, html.slice(0, 5000)].filter(Boolean).join('\n\n'))
    error.name = 'TestingLibraryElementError'
    return error
  },
})

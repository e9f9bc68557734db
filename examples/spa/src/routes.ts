// The app's three views. Stats and Video bring gated elements that exist only on that route.
function heading(text: string): HTMLElement {
  const h1 = document.createElement('h1')
  h1.textContent = text
  return h1
}

function gatedStatsScript(): HTMLScriptElement {
  const script = document.createElement('script')
  script.type = 'text/plain'
  script.dataset.assent = 'analytics'
  script.dataset.assentService = 'stats'
  script.src = '/spa-stats.js'
  return script
}

function gatedVideo(): HTMLIFrameElement {
  const iframe = document.createElement('iframe')
  iframe.title = 'A video'
  iframe.dataset.assent = 'marketing'
  iframe.dataset.assentService = 'youtube'
  iframe.dataset.assentSrc = 'https://www.youtube-nocookie.com/embed/M7lc1UVf-VE'
  iframe.setAttribute('data-assent-placeholder', '')
  return iframe
}

export function showRoute(view: HTMLElement, route: string): void {
  view.replaceChildren()
  if (route === '/stats') {
    view.append(heading('Stats'), gatedStatsScript())
  } else if (route === '/video') {
    view.append(heading('Video'), gatedVideo())
  } else {
    const intro = document.createElement('p')
    intro.textContent = 'Open Stats or Video: each route adds elements that wait for consent.'
    view.append(heading('Home'), intro)
  }
}

// The reference site's enhancements (hand-written; the pages are generated and read without
// it): the snippet sections become language tabs (WAI-ARIA tabs, arrow keys, Home and End;
// the chosen language is kept across pages), each snippet gets a copy button, the "try it"
// form sends its request to the mock that `pnpm run docs` serves beside the site, the sidebar
// lists every operation from the search index and filters them as you type (`/` focuses the
// box), and on a narrow screen the sidebar folds into a menu.
const LANGUAGE_KEY = "chunked-uploads-docs-language";

function storedLanguage() {
  try {
    return localStorage.getItem(LANGUAGE_KEY);
  } catch {
    return null; // storage refused (privacy settings): the first language, then
  }
}

function makeTabs(container) {
  const panels = [...container.querySelectorAll(":scope > .snippet")];
  if (panels.length === 0) return;
  const list = document.createElement("div");
  list.className = "tabs";
  list.setAttribute("role", "tablist");
  list.setAttribute("aria-label", "Code samples by language");
  const tabs = panels.map((panel) => {
    const tab = document.createElement("button");
    tab.type = "button";
    tab.id = `tab-${panel.dataset.lang}`;
    tab.textContent = panel.querySelector(".snippet-title").textContent;
    tab.setAttribute("role", "tab");
    tab.setAttribute("aria-controls", panel.id);
    panel.setAttribute("role", "tabpanel");
    panel.setAttribute("aria-labelledby", tab.id);
    panel.tabIndex = 0;
    list.append(tab);
    return tab;
  });
  const select = (index, focus) => {
    tabs.forEach((tab, i) => {
      const selected = i === index;
      tab.setAttribute("aria-selected", String(selected));
      tab.tabIndex = selected ? 0 : -1;
      panels[i].hidden = !selected;
    });
    if (focus) tabs[index].focus();
  };
  tabs.forEach((tab, i) => {
    tab.addEventListener("click", () => {
      select(i, false);
      try {
        localStorage.setItem(LANGUAGE_KEY, panels[i].dataset.lang);
      } catch {}
    });
    tab.addEventListener("keydown", (event) => {
      const last = tabs.length - 1;
      const next = {
        ArrowRight: i === last ? 0 : i + 1,
        ArrowLeft: i === 0 ? last : i - 1,
        Home: 0,
        End: last,
      }[event.key];
      if (next === undefined) return;
      event.preventDefault();
      select(next, true);
    });
  });
  container.classList.add("has-tabs");
  container.prepend(list);
  const stored = panels.findIndex((panel) => panel.dataset.lang === storedLanguage());
  select(Math.max(stored, 0), false);
}

function addCopyButton(panel) {
  const code = panel.querySelector("pre code");
  const button = document.createElement("button");
  button.type = "button";
  button.className = "copy";
  button.textContent = "Copy";
  button.setAttribute(
    "aria-label",
    `Copy the ${panel.querySelector(".snippet-title").textContent} sample`,
  );
  button.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(code.textContent);
      button.textContent = "Copied";
    } catch {
      button.textContent = "Copy failed: select the text";
    }
    setTimeout(() => (button.textContent = "Copy"), 2000);
  });
  panel.append(button);
}

function requestOf(form) {
  let path = form.dataset.path;
  const query = new URLSearchParams();
  const headers = new Headers();
  for (const input of form.querySelectorAll("input[data-in]:not([data-auth])")) {
    const { in: where, name } = input.dataset;
    if (input.value === "" && !input.required) continue;
    if (where === "path") path = path.replace(`{${name}}`, encodeURIComponent(input.value));
    else if (where === "query")
      for (const value of input.value.split(",")) query.append(name, value);
    else if (where === "header") headers.set(name, input.value);
  }
  for (const input of form.querySelectorAll("input[data-auth]")) {
    const kind = input.dataset.auth;
    if (kind === "bearer") headers.set("authorization", `Bearer ${input.value}`);
    else if (kind === "basic") headers.set("authorization", `Basic ${btoa(input.value)}`);
    else if (input.dataset.in === "header") headers.set(input.dataset.name, input.value);
    else if (input.dataset.in === "query") query.set(input.dataset.name, input.value);
  }
  const body = form.querySelector("textarea[data-content-type]");
  if (body) headers.set("content-type", body.dataset.contentType);
  const search = query.size > 0 ? `?${query}` : "";
  return {
    url: new URL(`${form.dataset.mock}${path}${search}`, document.baseURI),
    init: { method: form.dataset.method, headers, body: body ? body.value : undefined },
  };
}

function showResult(output, status, statusText, headers, body) {
  const pretty = (() => {
    try {
      return JSON.stringify(JSON.parse(body), null, 2);
    } catch {
      return body;
    }
  })();
  output.replaceChildren();
  const heading = document.createElement("p");
  heading.className = "try-it-status";
  heading.textContent = `Status: ${status} ${statusText}`.trim();
  const list = document.createElement("dl");
  for (const [name, value] of headers) {
    const term = document.createElement("dt");
    term.textContent = name;
    const detail = document.createElement("dd");
    detail.textContent = value;
    list.append(term, detail);
  }
  const pre = document.createElement("pre");
  const code = document.createElement("code");
  code.className = "try-it-body";
  code.textContent = pretty;
  pre.append(code);
  output.append(heading, list, pre);
}

function enableTryIt(form) {
  form.hidden = false;
  const output = form.querySelector(".try-it-result");
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    output.textContent = "Sending…";
    const { url, init } = requestOf(form);
    try {
      const response = await fetch(url, init);
      showResult(
        output,
        response.status,
        response.statusText,
        response.headers,
        await response.text(),
      );
    } catch (error) {
      output.textContent = `The request failed: ${error.message}. Is \`pnpm docs\` running?`;
    }
  });
}

/**
 * The sidebar's whole list, every resource and operation, drawn from the search index (a large
 * spec's pages list only their own resource), the current page marked.
 */
async function fillSidebar(nav) {
  const indexUrl = new URL(nav.dataset.index, document.baseURI);
  const index = await (await fetch(indexUrl)).json();
  const here = new URL(location.href);
  here.hash = "";
  here.search = "";
  const entries = [];
  const groups = document.createElement("ul");
  groups.className = "nav-resources";
  for (const resource of index.resources) {
    const group = document.createElement("li");
    group.dataset.resource = resource.name;
    const title = document.createElement("a");
    title.className = "nav-resource";
    title.href = new URL(`index.html#resource-${resource.name}`, indexUrl).href;
    title.textContent = resource.title;
    const list = document.createElement("ul");
    list.className = "nav-operations";
    for (const [method, path, summary, operationId, page] of resource.operations) {
      const item = document.createElement("li");
      const link = document.createElement("a");
      link.href = new URL(page, indexUrl).href;
      if (link.href === here.href) link.setAttribute("aria-current", "page");
      const badge = document.createElement("span");
      badge.className = `method method-${method.toLowerCase()}`;
      badge.textContent = method;
      link.append(badge, ` ${summary}`);
      item.append(link);
      list.append(item);
      entries.push({
        item,
        group,
        text: `${method} ${path} ${summary} ${operationId}`.toLowerCase(),
      });
    }
    group.append(title, list);
    groups.append(group);
  }
  nav.querySelector(".nav-resources").replaceWith(groups);
  nav.querySelector(".nav-all")?.remove();
  nav.querySelector('[aria-current="page"]')?.scrollIntoView({ block: "center" });
  return entries;
}

/** The search box: every word typed must appear in the method, path, summary or operationId. */
function enableSearch(nav, entries) {
  const box = nav.querySelector(".search");
  const input = box.querySelector("input");
  const count = box.querySelector(".search-count");
  const groups = [...new Set(entries.map((e) => e.group))];
  box.hidden = false;
  input.addEventListener("input", () => {
    const words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
    const shown = new Set();
    let matches = 0;
    for (const entry of entries) {
      const match = words.every((word) => entry.text.includes(word));
      entry.item.hidden = !match;
      if (match) {
        matches++;
        shown.add(entry.group);
      }
    }
    for (const group of groups) group.hidden = !shown.has(group);
    count.textContent = words.length ? `${matches} of ${entries.length} operations` : "";
  });
  document.addEventListener("keydown", (event) => {
    const target = event.target;
    if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
    if (target.closest?.("input, textarea, select, [contenteditable]")) return;
    event.preventDefault();
    nav.classList.remove("menu-closed");
    nav.querySelector(".menu-toggle")?.setAttribute("aria-expanded", "true");
    input.focus();
  });
}

/** Below 900 px the sidebar is a menu, closed until its button opens it. */
function makeMenu(nav) {
  const button = document.createElement("button");
  button.type = "button";
  button.className = "menu-toggle";
  button.textContent = "Operations menu";
  button.setAttribute("aria-controls", "sidebar");
  button.setAttribute("aria-expanded", "false");
  nav.classList.add("menu-closed");
  button.addEventListener("click", () => {
    const open = nav.classList.toggle("menu-closed") === false;
    button.setAttribute("aria-expanded", String(open));
  });
  nav.prepend(button);
}

const sidebarNav = document.querySelector("nav.sidebar");
if (sidebarNav) {
  makeMenu(sidebarNav);
  fillSidebar(sidebarNav).then(
    (entries) => enableSearch(sidebarNav, entries),
    (error) => console.warn(`The sidebar lists this page's resource only: ${error.message}`),
  );
}

for (const container of document.querySelectorAll(".snippets")) {
  for (const panel of container.querySelectorAll(".snippet")) addCopyButton(panel);
  makeTabs(container);
}
for (const form of document.querySelectorAll("form.try-it")) enableTryIt(form);

// The upload "try it" needs the client bundle and the stateful mock `pnpm run docs` serves:
// elsewhere (the files opened as they are) the form stays hidden.
const uploadForm = document.querySelector("form.upload-try-it");
if (uploadForm)
  import(new URL("upload-try-it.js", import.meta.url).href).then(
    ({ enableUpload }) => enableUpload(uploadForm),
    (error) => console.warn(`The upload "try it" needs \`pnpm run docs\`: ${error.message}`),
  );

// The reference site's enhancements (hand-written; the pages are generated and read without
// it): the snippet sections become language tabs (WAI-ARIA tabs, arrow keys, Home and End;
// the chosen language is kept across pages), each snippet gets a copy button, and the "try it"
// form sends its request to the mock that `pnpm docs` serves beside the site.
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

for (const container of document.querySelectorAll(".snippets")) {
  for (const panel of container.querySelectorAll(".snippet")) addCopyButton(panel);
  makeTabs(container);
}
for (const form of document.querySelectorAll("form.try-it")) enableTryIt(form);

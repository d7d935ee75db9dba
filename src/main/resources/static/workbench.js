// The workbench: YASGUI on our endpoint, with nothing fetched from other hosts (prefix and
// term completion use local lists, not prefix.cc or LOV), example queries, permalinks, downloads.
(function () {
  const endpoint = new URL(document.getElementById("endpoint").textContent, window.location.href).href;
  const Yasqe = Yasgui.Yasqe;
  const prefixes = [
    "dfkg: <https://w3id.org/dfkg/ontology#>", "skos: <http://www.w3.org/2004/02/skos/core#>",
    "dcterms: <http://purl.org/dc/terms/>", "org: <http://www.w3.org/ns/org#>", "prov: <http://www.w3.org/ns/prov#>",
    "nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>", "rdfs: <http://www.w3.org/2000/01/rdf-schema#>",
    "rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>", "xsd: <http://www.w3.org/2001/XMLSchema#>",
    "text: <http://jena.apache.org/text#>"];
  if (Yasqe.Autocompleters && Yasqe.Autocompleters.prefixes) {
    Yasqe.registerAutocompleter(Object.assign({}, Yasqe.Autocompleters.prefixes, {
      name: "localPrefixes", persistenceId: null, get: function () { return prefixes; }
    }));
    Yasqe.defaults.autocompleters = ["localPrefixes", "variables"];
  }
  const yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: endpoint, method: "GET" },
    copyEndpointOnNewTab: false,
    persistenceId: null,
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } }
  });
  window.dfkgYasgui = yasgui;

  function tab() { return yasgui.getTab(); }
  function currentQuery() { return tab().getQuery(); }
  function load(query, run) {
    tab().setQuery(query);
    if (run) tab().query();
  }

  document.querySelectorAll("button.load").forEach(function (button) {
    button.addEventListener("click", function () {
      const pre = document.querySelector('pre.query[data-name="' + button.dataset.name + '"]');
      load(pre.textContent, true);
      document.getElementById("yasgui").scrollIntoView();
    });
  });

  function resultLink(format) {
    return endpoint + "?query=" + encodeURIComponent(currentQuery()) + "&format=" + format;
  }
  ["csv", "tsv", "json"].forEach(function (format) {
    const a = document.getElementById("download-" + format);
    a.addEventListener("click", function () { a.href = resultLink(format); });
  });

  document.getElementById("permalink").addEventListener("click", function () {
    const url = new URL(window.location.href);
    url.search = "?query=" + encodeURIComponent(currentQuery());
    window.history.replaceState(null, "", url.href);
    document.getElementById("permalink-out").textContent = url.href;
    if (navigator.clipboard) navigator.clipboard.writeText(url.href).catch(function () {});
  });

  // An IRI of this dataset in the results opens its page on this server, not at its public address.
  // The base comes from the page (the content security policy allows no inline script).
  const base = document.getElementById("dataset-base").dataset.base;
  document.getElementById("yasgui").addEventListener("click", function (e) {
    const a = e.target.closest("a[href]");
    if (!a || !base || !a.href.startsWith(base)) return;
    e.preventDefault();
    e.stopPropagation();
    window.location.href = "/" + a.href.substring(base.length);
  }, true);

  const params = new URLSearchParams(window.location.search);
  const shared = params.get("query");
  // ?query=<name> loads an example by name (the ledger and network pages link to theirs).
  const named = shared && document.querySelector('pre.query[data-name="' + CSS.escape(shared) + '"]');
  if (named) load(named.textContent, true);
  else if (shared) load(shared, true);
  // The editor takes the focus when it starts, which scrolls the page: the introduction stays in view.
  window.scrollTo(0, 0);
  setTimeout(function () { if (!shared) window.scrollTo(0, 0); }, 0);
})();

// The agency network page: draws /export/agency-network.json with ECharts (force layout), filters by
// year and roles, and lists an edge's tasks with their quotes from the SPARQL endpoint on a click.
(function () {
  const element = document.getElementById('network');
  // The endpoint and the dataset's base come from the page: the content security policy allows no inline script.
  const endpoint = element.dataset.endpoint, base = element.dataset.base;
  const chart = echarts.init(element);
  const yearSelect = document.getElementById('year');
  const rolesSelect = document.getElementById('roles');
  const merge = document.getElementById('merge');
  let data = {nodes: [], links: []};

  function lineages() { return merge.checked ? 'merge' : 'keep'; }

  function load() {
    const q = '?lineages=' + lineages();
    document.getElementById('graphml').href = '/export/agency-network.graphml' + q;
    document.getElementById('csv').href = '/export/agency-network.csv' + q;
    fetch('/export/agency-network.json' + q).then(r => r.json()).then(d => {
      data = d;
      fill(yearSelect, [...new Set(d.links.map(l => l.year))].sort());
      fill(rolesSelect, [...new Set(d.links.map(l => l.sourceRole + '–' + l.targetRole))].sort());
      draw();
    });
  }

  function fill(select, values) {
    const kept = select.value;
    select.length = 1;
    values.forEach(v => select.add(new Option(v, v)));
    select.value = values.map(String).includes(kept) ? kept : '';
  }

  function draw() {
    const year = yearSelect.value, roles = rolesSelect.value;
    const links = data.links.filter(l => (!year || String(l.year) === year) && (!roles || l.sourceRole + '–' + l.targetRole === roles));
    // One drawn edge per pair and roles, its tasks summed over the years shown.
    const pairs = new Map();
    links.forEach(l => {
      const key = l.source + ' ' + l.target + ' ' + l.sourceRole + ' ' + l.targetRole;
      const p = pairs.get(key) || {source: l.source, target: l.target, sourceRole: l.sourceRole, targetRole: l.targetRole, tasks: 0, years: []};
      p.tasks += l.tasks; p.years.push(l.year);
      pairs.set(key, p);
    });
    const used = new Set(links.flatMap(l => [l.source, l.target]));
    const nodes = data.nodes.filter(n => used.has(n.id)).map(n => ({
      id: n.id, name: n.name, value: n.tasks, href: n.href, symbolSize: 8 + Math.sqrt(n.tasks) * 3,
      label: {show: n.tasks >= 3}, tooltip: {formatter: n.name + (n.en ? '<br>' + n.en : '')}
    }));
    const edges = [...pairs.values()].map(p => ({
      source: p.source, target: p.target, value: p.tasks, tie: p,
      lineStyle: {width: Math.min(10, 1 + p.tasks), color: p.sourceRole === 'lead' && p.targetRole === 'lead' ? '#c81e1e' : '#0b4f6c', opacity: .6},
      tooltip: {formatter: p.sourceRole + '–' + p.targetRole + ': ' + p.tasks + ' tasks (' + p.years.join(', ') + ')'}
    }));
    chart.setOption({
      tooltip: {},
      series: [{type: 'graph', layout: 'force', roam: true, draggable: true, data: nodes, links: edges,
        force: {repulsion: 120, edgeLength: [40, 160], layoutAnimation: false}, emphasis: {focus: 'adjacency'}, label: {position: 'right', fontSize: 11}}]
    }, true);
  }

  chart.on('click', e => {
    if (e.dataType === 'node' && e.data.href) window.location.href = e.data.href;
    if (e.dataType === 'edge') showTasks(e.data.tie);
  });

  function iri(s) { return '<' + s.replace(/[<>"{}|^`\\\s]/g, '') + '>'; }

  function showTasks(tie) {
    const year = yearSelect.value;
    // An agency stands for its whole lineage when lineages are merged.
    const path = merge.checked ? '(org:changedBy/org:resultingOrganization)*' : '';
    const party = (v, agency) => path ? `?${v} ${path} ${iri(agency)} .` : `FILTER (?${v} = ${iri(agency)})`;
    const q = `PREFIX dfkg: <https://w3id.org/dfkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX org: <http://www.w3.org/ns/org#>
SELECT DISTINCT ?task ?label ?text ?doc ?start WHERE {
  ?task a dfkg:Task ; rdfs:label ?label ; dcterms:description ?text ; dfkg:inDocument ?d ; dfkg:hasAssignment ?x , ?y .
  ?d dcterms:identifier ?doc ; dfkg:periodStart ?start .
  ?x dfkg:role dfkg:${tie.sourceRole} ; dfkg:assignedParty ?a . ${party('a', tie.source)}
  ?y dfkg:role dfkg:${tie.targetRole} ; dfkg:assignedParty ?b . ${party('b', tie.target)}
  FILTER (?x != ?y)
  ${year ? `FILTER (STR(?start) = "${Number(year)}")` : `VALUES ?start { ${tie.years.map(y => `"${y}"^^<http://www.w3.org/2001/XMLSchema#gYear>`).join(' ')} }`}
} ORDER BY ?start ?doc ?task LIMIT 200`;
    fetch(endpoint + '?query=' + encodeURIComponent(q), {headers: {Accept: 'application/sparql-results+json'}})
      .then(r => r.json()).then(res => {
        const section = document.getElementById('tie');
        const names = id => (data.nodes.find(n => n.id === id) || {name: id}).name;
        document.getElementById('tie-title').textContent = names(tie.source) + ' (' + tie.sourceRole + ') – ' + names(tie.target) + ' (' + tie.targetRole + ')';
        const list = document.getElementById('tie-tasks');
        list.replaceChildren();
        res.results.bindings.forEach(b => {
          const li = document.createElement('li');
          const a = document.createElement('a');
          a.className = 'tie-task';
          a.href = b.task.value.startsWith(base) ? '/' + b.task.value.substring(base.length) : b.task.value;
          a.textContent = b.doc.value + ' ' + b.start.value + ' · ' + b.label.value;
          const quote = document.createElement('blockquote');
          quote.textContent = b.text.value;
          li.append(a, quote);
          list.append(li);
        });
        section.hidden = false;
        section.scrollIntoView({behavior: 'smooth'});
      });
  }

  yearSelect.addEventListener('change', draw);
  rolesSelect.addEventListener('change', draw);
  merge.addEventListener('change', load);
  window.addEventListener('resize', () => chart.resize());
  load();
})();

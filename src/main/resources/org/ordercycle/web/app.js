// OrderCycle workbench: a small single-page application over the JSON API (GET /api describes it).
// Every text from the server is put in the page with textContent, never parsed as HTML.
'use strict';

const TOKEN = new URLSearchParams(location.search).get('token');
const POLICY_COLOURS = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e'];

/** An element with attributes and children (strings become text nodes). */
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k.startsWith('on')) node.addEventListener(k.substring(2), v);
    else if (v !== undefined && v !== null && v !== false) node.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) {
    if (c !== null && c !== undefined) node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

function withToken(url) {
  return TOKEN ? url + (url.includes('?') ? '&' : '?') + 'token=' + encodeURIComponent(TOKEN) : url;
}

async function api(path, options = {}) {
  const headers = Object.assign({}, options.headers || {});
  if (TOKEN) headers.Authorization = 'Bearer ' + TOKEN;
  const response = await fetch(path, Object.assign({}, options, {headers}));
  const body = await response.json();
  if (!response.ok) throw new Error(body.error || ('HTTP ' + response.status));
  return body;
}

function say(text, isError) {
  const m = document.getElementById('message');
  m.textContent = text || '';
  m.className = isError ? 'error' : 'ok';
}

function page(title, ...children) {
  const main = document.getElementById('page');
  main.replaceChildren(el('h2', {}, title), ...children);
  return main;
}

function number(v, unit) {
  if (v === null || v === undefined) return '–';
  if (unit === 'share') return (100 * v).toFixed(1) + ' %';
  if (unit === 'money') return Math.round(v).toLocaleString('en');
  return Math.abs(v) >= 100 ? v.toFixed(0) : v.toFixed(2);
}

function plusMinus(e, unit) {
  if (!e || e.mean === null) return '–';
  return number(e.mean, unit) + (e.halfWidth === null ? '' : ' ± ' + number(e.halfWidth, unit));
}

/** A difference of shares is in percentage points, not per cent. */
function difference(v, unit) {
  return unit === 'share' ? (100 * v).toFixed(1) + ' pp' : number(v, unit);
}

function plusMinusDifference(e, unit) {
  if (!e || e.mean === null) return '–';
  return difference(e.mean, unit) + (e.halfWidth === null ? '' : ' ± ' + difference(e.halfWidth, unit));
}

// ---------------------------------------------------------------- Scenarios

async function scenariosPage() {
  const list = el('ul', {class: 'plain', id: 'scenario-list'});
  const text = el('textarea', {id: 'yaml', spellcheck: 'false', wrap: 'off', 'aria-label': 'Scenario YAML'});
  const errors = el('ul', {class: 'plain', id: 'errors'});
  const status = el('p', {id: 'validity'});
  const loads = el('div', {id: 'offered-load'});
  const name = el('input', {id: 'save-name', placeholder: 'my-scenario.yaml', size: 24});
  const formBox = el('div', {id: 'scenario-form', hidden: true});
  let lastValidation = null;
  const showForm = el('button', {id: 'form-toggle', onclick: async () => {
    const toForm = formBox.hidden;
    formBox.hidden = !toForm;
    text.hidden = toForm;
    showForm.textContent = toForm ? 'Show as YAML text' : 'Show as form';
    if (toForm) {
      await scenarioForm(formBox, text, lastValidation, v => {
        lastValidation = v;
        showValidation(v, status, errors, text, loads);
      });
    }
  }}, 'Show as form');
  let timer = null;
  const validate = async () => {
    try {
      const v = await api('/api/scenarios/validate', {method: 'POST', body: text.value});
      lastValidation = v;
      showValidation(v, status, errors, text, loads);
    } catch (e) { say(e.message, true); }
  };
  text.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(validate, 400); });
  const save = el('button', {id: 'save', onclick: async () => {
    try {
      const r = await api('/api/scenarios', {method: 'POST', headers: {'Content-Type': 'application/json'},
        body: JSON.stringify({name: name.value, yaml: text.value})});
      say('Saved as ' + r.path + '.');
      scenariosPage();
    } catch (e) { say(e.message, true); }
  }}, 'Save as new file');
  page('Scenarios',
    el('p', {class: 'muted'}, 'Shipped scenarios and your workspace. Open one, edit its text: it is checked as you ',
      'type, with the same messages as "ordercycle validate". Save a copy under a new name; shipped files are never changed.'),
    el('div', {class: 'columns'},
      el('div', {style: 'flex: 0 0 18em'}, list),
      el('div', {}, el('p', {}, showForm), text, formBox, el('p', {}, name, ' ', save)),
      el('div', {id: 'scenario-side', style: 'flex: 0 0 24em'}, status, errors, loads)));
  const scenarios = await api('/api/scenarios');
  for (const s of scenarios) {
    list.append(el('li', {},
      el('a', {href: '#scenarios', 'data-file': s.file, onclick: async (ev) => {
        ev.preventDefault();
        const d = await api('/api/scenarios/' + encodeURIComponent(s.file));
        text.value = d.yaml;
        name.value = s.file.replace(/\.yaml$/, '') + '-copy.yaml';
        lastValidation = d;
        showValidation(d, status, errors, text, loads);
        if (!formBox.hidden) await scenarioForm(formBox, text, d, v => {
          lastValidation = v;
          showValidation(v, status, errors, text, loads);
        });
      }}, s.file),
      el('div', {class: 'muted'}, s.source + (s.valid ? '' : ' – has errors') + ': ' + s.description.split('\n')[0])));
  }
}

function showValidation(v, status, errors, text, loads) {
  status.textContent = v.valid ? 'Valid scenario.' : v.errors.length + ' problem(s):';
  status.className = v.valid ? 'ok' : 'error';
  errors.replaceChildren(...v.errors.map(e => el('li', {class: 'error'},
    el('a', {href: '#scenarios', onclick: (ev) => { ev.preventDefault(); goToLine(text, e.line); }},
      'line ' + e.line + (e.path ? ', ' + e.path : '')), ': ' + e.message)));
  loads.replaceChildren(...(v.offeredLoad ? offeredLoadTable(v.offeredLoad) : []));
}

/** The offered load of each department and line under both presets, as "ordercycle validate" prints it. */
function offeredLoadTable(rows) {
  const cell = x => el('td', {class: 'num' + (x >= 0.95 ? ' error' : '')}, (100 * x).toFixed(0) + ' %');
  return [el('h3', {}, 'Offered load'),
    el('p', {class: 'muted'}, 'Work arriving over the time the staff or line can give, estimated without simulating. ',
      'From 95 % a run warns that its results rest on an overloaded queue: add staff or hours.'),
    el('table', {}, el('thead', {}, el('tr', {}, el('th', {}, 'department or line'),
      el('th', {}, 'siloed'), el('th', {}, 'joint'))),
    el('tbody', {}, rows.map(r => el('tr', {'data-load': r.department}, el('td', {}, r.department,
      r.flagged && r.staffFor85 ? el('div', {class: 'muted'}, r.staffFor85 + ' staff instead of ' + r.staff +
        ' would bring both under 85 %') : null),
      cell(r.siloed), cell(r.joint)))))];
}

function goToLine(text, line) {
  const lines = text.value.split('\n');
  let pos = 0;
  for (let i = 0; i < Math.max(0, line - 1) && i < lines.length; i++) pos += lines[i].length + 1;
  text.focus();
  text.setSelectionRange(pos, pos + (lines[line - 1] || '').length);
}

// ---------------------------------------------------------------- Policy

async function policyPage() {
  const data = await api('/api/levers');
  const choice = Object.assign({}, data.presets.siloed);
  const boxes = el('div', {id: 'levers'});
  const selects = {};
  const name = el('input', {id: 'policy-name', placeholder: 'my-policy.yaml', size: 24});
  const preview = el('pre', {id: 'policy-yaml'});
  const update = () => { preview.textContent = policyYaml(name.value, data.presets.siloed, choice); };
  for (const lever of data.levers) {
    const behaviour = el('div', {class: 'muted'});
    const select = el('select', {'data-lever': lever.name, onchange: () => {
      choice[lever.name] = select.value; describe(); update();
    }}, lever.settings.map(s => el('option', {value: s.name}, s.name +
      (s.presets.length ? ' [' + s.presets.join(', ') + ']' : ''))));
    const describe = () => {
      behaviour.textContent = lever.settings.find(s => s.name === select.value).behaviour;
    };
    select.value = choice[lever.name];
    describe();
    selects[lever.name] = {select, describe};
    boxes.append(el('div', {class: 'lever'},
      el('strong', {}, 'Step ' + lever.step + ', ' + lever.department + ': '), lever.decision, select, behaviour));
  }
  const preset = (p) => el('button', {onclick: () => {
    Object.assign(choice, data.presets[p]);
    for (const [k, s] of Object.entries(selects)) { s.select.value = choice[k]; s.describe(); }
    update();
  }}, 'Set all to ' + p);
  name.addEventListener('input', update);
  const save = el('button', {id: 'save-policy', onclick: async () => {
    try {
      await api('/api/policies', {method: 'POST', headers: {'Content-Type': 'application/json'},
        body: JSON.stringify({name: name.value, yaml: preview.textContent})});
      say('Saved ' + name.value + ': pick it on the Compare page.');
    } catch (e) { say(e.message, true); }
  }}, 'Save policy file');
  page('Policy',
    el('p', {class: 'muted'}, 'Every lever, the decision it sets and the behaviour each setting stands for (the ',
      'same as "ordercycle levers"). Start from a preset, change levers, and save the policy to compare it.'),
    el('p', {}, preset('siloed'), preset('joint')),
    el('div', {class: 'columns'}, boxes, el('div', {style: 'flex: 0 0 22em'}, el('p', {}, name, ' ', save), preview)));
  update();
}

/** A policy file: the siloed base and the levers that differ from it. */
function policyYaml(fileName, siloed, choice) {
  const lines = ['name: ' + (fileName.replace(/\.yaml$/, '') || 'my-policy'), 'base: siloed', 'levers:'];
  const changed = Object.keys(choice).filter(k => choice[k] !== siloed[k]);
  if (!changed.length) return lines.slice(0, 2).join('\n') + '\n';
  for (const k of changed) lines.push('  ' + k + ': ' + choice[k]);
  return lines.join('\n') + '\n';
}

// ---------------------------------------------------------------- Compare

let source = null;

async function comparePage() {
  const [scenarios, policies] = await Promise.all([api('/api/scenarios'), api('/api/policies')]);
  const scenario = el('select', {id: 'scenario'}, scenarios.filter(s => s.valid).map(s =>
    el('option', {value: s.file}, s.file + ' (' + s.source + ')')));
  scenario.value = scenarios.some(s => s.file === 'classroom.yaml') ? 'classroom.yaml' : scenario.value;
  const boxes = policies.map((p, i) => el('label', {},
    el('input', {type: 'checkbox', value: p.id, checked: i < 2, 'data-policy': p.id}), ' ' + p.name + ' '));
  const replications = el('input', {id: 'replications', type: 'number', min: 2, max: 200, value: 10, size: 5});
  const precision = el('input', {id: 'precision', type: 'number', min: 0.001, max: 0.999, step: 0.01, size: 6,
    placeholder: 'e.g. 0.05', 'aria-label': 'Precision target (relative half-width)'});
  const maxReplications = el('input', {id: 'max-replications', type: 'number', min: 2, max: 200, value: 200, size: 5,
    disabled: true, 'aria-label': 'At most this many replications'});
  precision.addEventListener('input', () => {
    replications.disabled = precision.value !== '';
    maxReplications.disabled = precision.value === '';
  });
  const seed = el('input', {id: 'seed', type: 'number', value: 1, size: 6});
  const office = officeChoices('compare');
  const run = el('button', {id: 'run', onclick: () => start()}, 'Run comparison');
  const cancel = el('button', {id: 'cancel', disabled: true}, 'Cancel');
  const bar = el('progress', {id: 'progress', max: 1, value: 0});
  const progressText = el('span', {id: 'progress-text', class: 'muted'});
  const live = el('div', {id: 'live'});
  const finished = el('div', {id: 'finished'});
  page('Compare',
    el('p', {class: 'muted'}, 'Every policy meets the same customers (common random numbers). The intervals are 95 % ',
      'confidence intervals; they narrow as replications come in. Closing this page cancels a run ',
      'still going, unless it is reloaded within 10 s.'),
    el('p', {}, 'Scenario ', scenario, ' Policies ', boxes, ' Replications ', replications, ' Seed ', seed),
    el('p', {}, 'Or replications until precise: half-width at most ', precision, ' times the mean (for shares at ',
      'least 0.1) for every primary measure and policy, at most ', maxReplications, ' replications ',
      el('span', {class: 'muted'}, '(as "ordercycle compare --precision")')),
    office.line,
    el('p', {}, run, cancel, ' ', bar, ' ', progressText), live, finished);
  // #compare?id=N follows a comparison already started (a reload keeps it going)
  const followId = new URLSearchParams(location.hash.split('?')[1] || '').get('id');
  if (followId) api('/api/experiments/' + encodeURIComponent(followId)).then(follow).catch(e => say(e.message, true));

  async function start() {
    const chosen = boxes.map(b => b.querySelector('input')).filter(i => i.checked).map(i => i.value);
    try {
      const body = {kind: 'compare', scenario: scenario.value, policies: chosen, seed: Number(seed.value),
        cancelWhenUnwatched: true, ...office.chosen()};
      if (precision.value !== '') {
        body.precision = Number(precision.value);
        body.maxReplications = Number(maxReplications.value);
      } else {
        body.replications = Number(replications.value);
      }
      const job = await api('/api/experiments', {method: 'POST', headers: {'Content-Type': 'application/json'},
        body: JSON.stringify(body)});
      say('');
      history.replaceState(null, '', '#compare?id=' + encodeURIComponent(job.id));
      follow(job);
    } catch (e) { say(e.message, true); }
  }

  function follow(job) {
    run.disabled = true;
    cancel.disabled = false;
    finished.replaceChildren();
    live.replaceChildren(el('p', {class: 'muted'}, 'Queued…'));
    cancel.onclick = () => api('/api/experiments/' + job.id, {method: 'DELETE'}).catch(e => say(e.message, true));
    if (source) source.close();
    source = new EventSource(withToken('/api/experiments/' + job.id + '/events'));
    source.addEventListener('replication', ev => {
      const d = JSON.parse(ev.data);
      bar.value = d.progress;
      progressText.textContent = d.done + ' of ' + (job.precision !== undefined ? 'at most ' : '') + d.total + ' runs' +
        (d.etaSeconds !== undefined ? ', about ' + d.etaSeconds + ' s left' : '') +
        (d.etaMaxSeconds !== undefined ? ', at most about ' + d.etaMaxSeconds + ' s left' : '');
      live.replaceChildren(el('h3', {}, 'Live estimates'), headlineTable(d.estimates, job.policies, 'live-table'),
        intervalCharts(d.estimates, job.policies));
    });
    source.addEventListener('report', () => {
      progressText.textContent = 'All runs done; writing the report…';
      cancel.disabled = true;
    });
    for (const end of ['done', 'failed', 'cancelled']) {
      source.addEventListener(end, ev => {
        source.close();
        source = null;
        run.disabled = false;
        cancel.disabled = true;
        const d = JSON.parse(ev.data);
        progressText.textContent = end === 'done' ? 'Done.' : end === 'cancelled'
          ? 'Cancelled after ' + d.done + ' runs; no report written.' : 'Failed: ' + d.error;
        if (end === 'done') showResults(d);
      });
    }
  }

  function showResults(d) {
    finished.replaceChildren(el('h3', {}, 'Result'),
      el('p', {id: 'verdict'}, verdict(d.results)),
      headlineTable(d.results, d.policies, 'result-table'), intervalCharts(d.results, d.policies),
      el('p', {}, el('a', {class: 'link-button', id: 'report-link', href: withToken(d.report), target: '_blank',
        rel: 'noopener'}, 'Open the full report (report.html)'), officeLinks(d.office),
      el('span', {class: 'muted'}, 'Folder: reports/' + d.folder)));
  }
}

/** Download links for a finished folder's deck.pptx and tables.xlsx. */
function officeLinks(files) {
  return (files || []).map(f => el('a', {href: withToken(f), download: true, class: 'link-button'},
    'Download ' + f.substring(f.lastIndexOf('/') + 1)));
}

/** Checkboxes for the office files of a report folder (as --deck and --xlsx); chosen() gives the request fields. */
function officeChoices(prefix) {
  const deck = el('input', {type: 'checkbox', id: prefix + '-deck'});
  const xlsx = el('input', {type: 'checkbox', id: prefix + '-xlsx'});
  return {
    line: el('p', {}, 'Also write ', el('label', {}, deck, ' a slide deck (deck.pptx)'), ' ',
      el('label', {}, xlsx, ' a workbook (tables.xlsx)'), el('span', {class: 'muted'}, ' into the report folder')),
    chosen: () => Object.assign({}, deck.checked ? {deck: true} : {}, xlsx.checked ? {xlsx: true} : {})
  };
}

/** One sentence per measure whose difference is significant. */
function verdict(rows) {
  const said = [];
  for (const r of rows) {
    for (const d of r.differences) {
      if (d.significant) {
        said.push(r.label + ': ' + d.other + ' ' + (d.mean < 0 ? 'lower' : 'higher') + ' than ' + d.base +
          ' by ' + difference(Math.abs(d.mean), r.unit));
      }
    }
  }
  return said.length ? said.join('; ') + ' (95 % intervals of the paired differences exclude 0).'
    : 'No difference is clear yet: every interval of the paired differences includes 0.';
}

function headlineTable(rows, policies, id) {
  const base = policies[0];
  const head = el('tr', {}, el('th', {}, 'Measure'), policies.map(p => el('th', {}, p)),
    policies.slice(1).map(p => el('th', {}, p + ' − ' + base)));
  return el('table', {id}, el('thead', {}, head), el('tbody', {}, rows.map(r => el('tr', {'data-measure': r.measure},
    el('td', {}, r.label + (r.unit === 'share' ? '' : ' (' + r.unit + ')')),
    policies.map(p => el('td', {class: 'num'}, plusMinus(r.policies[p], r.unit))),
    r.differences.map(d => el('td', {class: 'num' + (d.significant ? ' significant' : '')},
      plusMinusDifference(d, r.unit) + (d.significant ? ' *' : '')))))));
}

const SVG = 'http://www.w3.org/2000/svg';
function svg(tag, attrs, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Policies the reader switched off in the interval charts; kept while the live charts redraw. */
const hiddenPolicies = new Set();

/**
 * Per measure, each policy's mean with its interval on a shared axis; hover for the values. A
 * legend above switches policies off and on (the axes then fit the policies shown).
 */
function intervalCharts(rows, policies) {
  const box = el('div', {class: 'charts'});
  const legend = el('p', {class: 'legend', role: 'group', 'aria-label': 'Policies shown in the charts'});
  const draw = () => {
    legend.replaceChildren(el('span', {class: 'muted'}, 'Show: '), ...policies.map((p, i) => {
      const on = !hiddenPolicies.has(p);
      return el('button', {type: 'button', class: 'legend-item' + (on ? '' : ' off'), 'data-legend': p,
        'aria-pressed': String(on), title: (on ? 'Hide ' : 'Show ') + p, onclick: () => {
          if (on) hiddenPolicies.add(p); else hiddenPolicies.delete(p);
          draw();
        }}, el('span', {class: 'swatch', style: 'background:' + POLICY_COLOURS[i % POLICY_COLOURS.length]}), p);
    }));
    box.replaceChildren(...rows.map(r => intervalChart(r, policies)).filter(c => c));
  };
  draw();
  return el('div', {}, legend, box);
}

function intervalChart(r, policies) {
  const width = 360, rowHeight = 22;
  const shown = policies.map((p, i) => ({p, i})).filter(x => !hiddenPolicies.has(x.p));
  const ests = shown.map(x => r.policies[x.p]);
  const lows = ests.map(e => e.low ?? e.mean).filter(v => v !== null);
  const highs = ests.map(e => e.high ?? e.mean).filter(v => v !== null);
  if (!lows.length) return null;
  let lo = Math.min(...lows), hi = Math.max(...highs);
  if (hi === lo) { hi += 1; lo -= 1; }
  const pad = (hi - lo) * 0.08;
  lo -= pad; hi += pad;
  const x = v => 90 + (v - lo) / (hi - lo) * (width - 100);
  const chart = svg('svg', {width, height: rowHeight * shown.length + 24, role: 'img', 'aria-label': r.label,
    'data-chart': r.measure});
  chart.append(svg('text', {x: 0, y: 12}, r.label));
  shown.forEach(({p, i}, row) => {
    const e = r.policies[p], y = 28 + row * rowHeight, colour = POLICY_COLOURS[i % POLICY_COLOURS.length];
    chart.append(svg('text', {x: 0, y: y + 4}, p));
    if (e.mean === null) return;
    const g = svg('g', {'data-policy': p});
    if (e.halfWidth !== null) {
      g.append(svg('line', {x1: x(e.low), x2: x(e.high), y1: y, y2: y, stroke: colour, 'stroke-width': 3}));
    }
    g.append(svg('circle', {cx: x(e.mean), cy: y, r: 4, fill: colour}));
    g.append(svg('title', {}, p + ': ' + plusMinus(e, r.unit) + ' (n = ' + e.n + ')'));
    chart.append(g);
  });
  return chart;
}

// ---------------------------------------------------------------- Runs

async function runsPage() {
  const runs = await api('/api/runs');
  const side = el('div', {id: 'side-by-side', class: 'columns'});
  const picks = [];
  const compare = el('button', {id: 'side-by-side-button', disabled: true, onclick: async () => {
    try {
      const both = await Promise.all(picks.map(f => api('/api/runs/' + encodeURIComponent(f))));
      side.replaceChildren(...both.map(runHeadline));
    } catch (e) { say(e.message, true); }
  }}, 'Show the two side by side');
  const pick = (folder, box) => {
    if (box.checked) picks.push(folder); else picks.splice(picks.indexOf(folder), 1);
    while (picks.length > 2) {
      const dropped = picks.shift();
      document.querySelector('input[data-run="' + CSS.escape(dropped) + '"]').checked = false;
    }
    compare.disabled = picks.length !== 2;
  };
  page('Runs',
    el('p', {class: 'muted'}, 'Finished experiment folders under reports/, newest first. Tick two to set their ',
      'headline tables side by side.'),
    runs.length === 0 ? el('p', {}, 'No finished experiment yet.') :
      el('table', {id: 'runs'}, el('thead', {}, el('tr', {}, ['Pick', 'Folder', 'Command', 'Scenario', 'Replications',
        'When', 'Report', 'Deck, workbook', 'Tables'].map(h => el('th', {}, h)))),
      el('tbody', {}, runs.map(r => el('tr', {},
        el('td', {}, el('input', {type: 'checkbox', 'data-run': r.folder, 'aria-label': 'pick ' + r.folder,
          onchange: ev => pick(r.folder, ev.target)})),
        el('td', {}, r.folder), el('td', {}, r.command), el('td', {}, r.scenario),
        el('td', {class: 'num'}, r.replications), el('td', {}, r.timestamp),
        el('td', {}, r.report ? el('a', {href: withToken(r.report), target: '_blank', rel: 'noopener'}, 'report.html') : '–'),
        el('td', {}, officeCell(r)),
        el('td', {}, r.tables.map(t => el('a', {href: withToken(t), download: true, class: 'link-button'},
          t.substring(t.lastIndexOf('/') + 1)))))))),
    el('p', {}, compare), side);
}

/**
 * A run's deck and workbook: a download link for each it has and, when it has a report, a button
 * that makes each it lacks (the report is redrawn with it, as `ordercycle report DIR --deck`).
 */
function officeCell(r) {
  const has = name => r.office.some(f => f.endsWith('/' + name));
  const make = (name, field, label) => el('button', {class: 'make-office', 'data-run': r.folder, onclick: async ev => {
    ev.target.disabled = true;
    say('Writing ' + name + ' into reports/' + r.folder + '...');
    try {
      await api('/api/runs/' + encodeURIComponent(r.folder) + '/office', {method: 'POST',
        headers: {'Content-Type': 'application/json'}, body: JSON.stringify({[field]: true})});
      say(name + ' written into reports/' + r.folder + '.');
      await runsPage();
    } catch (e) { ev.target.disabled = false; say(e.message, true); }
  }}, label);
  const parts = officeLinks(r.office);
  if (r.report && !has('deck.pptx')) parts.push(make('deck.pptx', 'deck', 'Make a deck'));
  if (r.report && !has('tables.xlsx')) parts.push(make('tables.xlsx', 'xlsx', 'Make a workbook'));
  return parts.length ? parts : '–';
}

/** A finished run's headline rows (from its summary.csv or effects.csv), as a table. */
function runHeadline(h) {
  const rows = h.rows;
  const columns = rows.length ? Object.keys(rows[0]).filter(k => !['segment', 'sd', 'aliases'].includes(k)) : [];
  return el('section', {class: 'run-headline', 'data-folder': h.folder},
    el('h3', {}, h.folder),
    el('p', {class: 'muted'}, h.command + ' of ' + h.scenario + ', seed ' + h.seed + ', ' + h.replications +
      ' replications, ' + h.timestamp + (h.table ? ' (tables/' + h.table + ')' : '')),
    rows.length === 0 ? el('p', {}, 'This folder has no summary or effects table.') :
      el('table', {}, el('thead', {}, el('tr', {}, columns.map(c => el('th', {}, c)))),
        el('tbody', {}, rows.map(r => el('tr', {}, columns.map(c => typeof r[c] === 'number'
          ? el('td', {class: 'num'}, c === 'n' ? String(r[c]) : number(r[c])) : el('td', {}, r[c] === null ? '–' : String(r[c]))))))));
}

// ---------------------------------------------------------------- routing

const PAGES = {scenarios: scenariosPage, policy: policyPage, compare: comparePage, explore: explorePage,
  trace: tracePage, runs: runsPage};

async function route() {
  const name = (location.hash || '#compare').substring(1).split('?')[0];
  const show = PAGES[name] || comparePage;
  for (const a of document.querySelectorAll('nav a')) a.classList.toggle('active', a.id === 'nav-' + name);
  say('');
  try { await show(); } catch (e) { say(e.message, true); }
}

window.addEventListener('hashchange', route);
route();

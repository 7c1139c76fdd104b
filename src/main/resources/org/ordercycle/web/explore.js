// OrderCycle workbench: sweeps and lever attribution through the same queue and live view as comparisons.
// Uses el, api, svg, say, page, number and withToken of app.js; every server text goes in as text.
'use strict';

let exploreSource = null;

async function explorePage() {
  const [scenarios, policies, levers] = await Promise.all([api('/api/scenarios'), api('/api/policies'),
    api('/api/levers')]);
  const scenario = el('select', {id: 'explore-scenario'}, scenarios.filter(s => s.valid).map(s =>
    el('option', {value: s.file}, s.file + ' (' + s.source + ')')));
  scenario.value = scenarios.some(s => s.file === 'classroom.yaml') ? 'classroom.yaml' : scenario.value;
  const kind = el('select', {id: 'explore-kind'},
    el('option', {value: 'sweep'}, 'Sweep parameters'), el('option', {value: 'attribute'}, 'Attribute to levers'));
  const params = el('textarea', {id: 'params', rows: 3, style: 'height: auto', spellcheck: 'false',
    'aria-label': 'Parameters, one per line'}, 'steps.planning.inflationMean=0,0.2,0.4');
  const samples = el('input', {id: 'samples', type: 'number', min: 1, max: 100, size: 5, placeholder: 'ranges only'});
  const boxes = policies.map((p, i) => el('label', {},
    el('input', {type: 'checkbox', value: p.id, checked: i < 2, 'data-policy': p.id}), ' ' + p.name + ' '));
  const replications = el('input', {id: 'explore-replications', type: 'number', min: 2, max: 200, value: 3, size: 5});
  const seed = el('input', {id: 'explore-seed', type: 'number', value: 1, size: 6});
  const sweepFields = el('div', {id: 'sweep-fields'},
    el('p', {class: 'muted'}, 'One parameter a line, as "ordercycle sweep --param": PATH=V1,V2,... (every ',
      'combination is a point) or PATH=LO..HI (a Latin hypercube of the given samples).'),
    params, el('p', {}, 'Samples ', samples, ' Policies ', boxes));
  const levels = leverLevels(levers.levers);
  const attributeFields = el('div', {id: 'attribute-fields', hidden: true},
    el('p', {class: 'muted'}, 'The two-level design of "ordercycle attribute": 32 policies (resolution IV) plus the ',
      'one-lever switches. Each lever takes two settings, by default its siloed (−1) and joint (+1) ones; change a ',
      'pair to ask another question (as --settings). A lever given the same setting twice stays fixed.'),
    levels.table);
  kind.addEventListener('change', () => {
    sweepFields.hidden = kind.value !== 'sweep';
    attributeFields.hidden = kind.value === 'sweep';
  });
  const office = officeChoices('explore');
  const run = el('button', {id: 'explore-run', onclick: () => start()}, 'Run');
  const cancel = el('button', {id: 'explore-cancel', disabled: true}, 'Cancel');
  const bar = el('progress', {id: 'explore-progress', max: 1, value: 0});
  const progressText = el('span', {id: 'explore-progress-text', class: 'muted'});
  const finished = el('div', {id: 'explore-finished'});
  page('Sweep and attribution',
    el('p', {}, 'Scenario ', scenario, ' ', kind, ' Replications ', replications, ' Seed ', seed),
    sweepFields, attributeFields, office.line, el('p', {}, run, cancel, ' ', bar, ' ', progressText), finished);
  // #explore?id=N follows an experiment already queued (a reload, or one a script started)
  const followId = new URLSearchParams(location.hash.split('?')[1] || '').get('id');
  if (followId) api('/api/experiments/' + encodeURIComponent(followId)).then(follow).catch(e => say(e.message, true));

  async function start() {
    const body = {kind: kind.value, scenario: scenario.value, replications: Number(replications.value),
      seed: Number(seed.value), cancelWhenUnwatched: true, ...office.chosen()};
    if (kind.value === 'sweep') {
      body.params = params.value.split('\n').map(l => l.trim()).filter(l => l);
      body.policies = boxes.map(b => b.querySelector('input')).filter(i => i.checked).map(i => i.value);
      if (samples.value) body.samples = Number(samples.value);
    } else {
      const settings = levels.changed();
      if (Object.keys(settings).length) body.settings = settings;
    }
    try {
      const job = await api('/api/experiments', {method: 'POST', headers: {'Content-Type': 'application/json'},
        body: JSON.stringify(body)});
      say('');
      history.replaceState(null, '', '#explore?id=' + encodeURIComponent(job.id)); // a reload follows it again
      follow(job);
    } catch (e) { say(e.message, true); }
  }

  function follow(job) {
    if (job.kind) kind.value = job.kind === 'attribute' ? 'attribute' : 'sweep';
    kind.dispatchEvent(new Event('change'));
    run.disabled = true;
    cancel.disabled = false;
    bar.value = 0;
    finished.replaceChildren();
    progressText.textContent = 'Queued…';
    cancel.onclick = () => api('/api/experiments/' + job.id, {method: 'DELETE'}).catch(e => say(e.message, true));
    if (exploreSource) exploreSource.close();
    exploreSource = new EventSource(withToken('/api/experiments/' + job.id + '/events'));
    exploreSource.addEventListener('replication', ev => {
      const d = JSON.parse(ev.data);
      bar.value = d.progress;
      progressText.textContent = d.done + ' of ' + d.total + ' runs' +
        (d.etaSeconds !== undefined ? ', about ' + d.etaSeconds + ' s left' : '');
    });
    exploreSource.addEventListener('report', () => {
      progressText.textContent = 'All runs done; writing the report…';
      cancel.disabled = true;
    });
    for (const end of ['done', 'failed', 'cancelled']) {
      exploreSource.addEventListener(end, ev => {
        exploreSource.close();
        exploreSource = null;
        run.disabled = false;
        cancel.disabled = true;
        const d = JSON.parse(ev.data);
        progressText.textContent = end === 'done' ? 'Done.' : end === 'cancelled'
          ? 'Cancelled after ' + d.done + ' runs; no report written.' : 'Failed: ' + d.error;
        if (end === 'done') showResult(d);
      });
    }
  }

  function showResult(d) {
    const measures = [...new Set(d.results.map(r => r.measure))];
    const measure = el('select', {id: 'explore-measure'}, measures.map(m => el('option', {value: m}, m)));
    measure.value = measures.includes('lead_time_mean') ? 'lead_time_mean' : measures[0];
    const chart = el('div', {id: 'explore-chart'});
    const draw = () => chart.replaceChildren(d.kind === 'sweep'
      ? heatMap(d.results.filter(r => r.measure === measure.value && r.segment === 'all'), d)
      : tornado(d.results.filter(r => r.measure === measure.value)));
    measure.addEventListener('change', draw);
    finished.replaceChildren(el('h3', {}, 'Result'), el('p', {}, 'Measure ', measure), chart,
      el('p', {}, el('a', {class: 'link-button', id: 'explore-report', href: withToken(d.report), target: '_blank',
        rel: 'noopener'}, 'Open the full report (report.html)'), officeLinks(d.office), el('span', {class: 'muted'}, 'Folder: reports/' + d.folder)));
    draw();
  }
}

/** For each lever, the two settings it takes in an attribution (−1, +1), preset to siloed and joint. */
function leverLevels(levers) {
  const rows = [];
  const table = el('table', {id: 'lever-levels'}, el('thead', {}, el('tr', {},
    ['Lever', 'Decision', 'Level −1', 'Level +1'].map(h => el('th', {}, h)))), el('tbody', {}, levers.map(l => {
    const preset = name => (l.settings.find(s => s.presets.includes(name)) || l.settings[0]).name;
    const pick = (which, value) => {
      const select = el('select', {'data-lever': l.name, 'data-level': which, 'aria-label': l.name + ' ' + which},
        l.settings.map(s => el('option', {value: s.name, title: s.behaviour}, s.name)));
      select.value = value;
      return select;
    };
    const low = pick('low', preset('siloed')), high = pick('high', preset('joint'));
    rows.push({lever: l.name, low, high, presetLow: low.value, presetHigh: high.value});
    return el('tr', {}, el('td', {}, l.name), el('td', {class: 'muted'}, l.decision), el('td', {}, low),
      el('td', {}, high));
  })));
  return {table, changed: () => Object.fromEntries(rows
    .filter(r => r.low.value !== r.presetLow || r.high.value !== r.presetHigh)
    .map(r => [r.lever, [r.low.value, r.high.value]]))};
}

/** Colour from pale (low) to dark (high) on one measure's scale. */
function shade(v, lo, hi) {
  const t = hi > lo ? (v - lo) / (hi - lo) : 0.5;
  const mix = (a, b) => Math.round(a + (b - a) * t);
  return 'rgb(' + mix(239, 31) + ',' + mix(243, 59) + ',' + mix(255, 87) + ')';
}

/** Sweep: one row per design point (its parameter values), one column per policy; hover for mean and interval. */
function heatMap(rows, d) {
  const policies = [...new Set(rows.map(r => r.policy))];
  const points = [...new Set(rows.map(r => r.point))];
  const params = Object.keys(rows[0] || {}).filter(k => !['point', 'policy', 'measure', 'segment', 'n', 'mean', 'sd',
    'ci_low', 'ci_high'].includes(k));
  const label = p => { const r = rows.find(x => x.point === p); return params.map(k => k.split('.').pop() + '=' + r[k]).join(', '); };
  const means = rows.map(r => r.mean).filter(v => v !== null);
  const lo = Math.min(...means), hi = Math.max(...means);
  const cellW = 110, cellH = 26, left = 230, top = 24;
  const chart = svg('svg', {id: 'heatmap', width: left + cellW * policies.length + 10, height: top + cellH * points.length + 8,
    role: 'img', 'aria-label': 'Heat map of ' + (rows[0] ? rows[0].measure : '') + ' by design point and policy'});
  policies.forEach((p, j) => chart.append(svg('text', {x: left + j * cellW + cellW / 2, y: 16, 'text-anchor': 'middle'}, p)));
  points.forEach((pt, i) => {
    const y = top + i * cellH;
    chart.append(svg('text', {x: 0, y: y + cellH / 2 + 4}, label(pt)));
    policies.forEach((p, j) => {
      const r = rows.find(x => x.point === pt && x.policy === p);
      if (!r || r.mean === null) return;
      const g = svg('g', {class: 'cell'});
      g.append(svg('rect', {x: left + j * cellW, y, width: cellW - 2, height: cellH - 2, fill: shade(r.mean, lo, hi)}));
      g.append(svg('text', {x: left + j * cellW + cellW / 2, y: y + cellH / 2 + 3, 'text-anchor': 'middle',
        style: 'fill:' + ((r.mean - lo) / ((hi - lo) || 1) > 0.5 ? 'white' : '#1d2430')}, number(r.mean)));
      g.append(svg('title', {}, label(pt) + ', ' + p + ': ' + number(r.mean) + ' (95 % interval ' + number(r.ci_low) +
        ' to ' + number(r.ci_high) + ', n = ' + r.n + ')'));
      chart.append(g);
    });
  });
  return chart;
}

/** Attribution: main effects sorted by size, bar from 0 with its 95 % interval; hover for the values. */
function tornado(rows) {
  const mains = rows.filter(r => !r.term.includes(':')).sort((a, b) => Math.abs(b.effect) - Math.abs(a.effect));
  const ends = mains.flatMap(r => [r.effect, r.ci_low ?? r.effect, r.ci_high ?? r.effect, 0]);
  const lo = Math.min(...ends), hi = Math.max(...ends);
  const width = 640, left = 200, rowH = 22, top = 10;
  const x = v => left + (v - lo) / ((hi - lo) || 1) * (width - left - 20);
  const chart = svg('svg', {id: 'tornado', width, height: top + rowH * mains.length + 24, role: 'img',
    'aria-label': 'Main effects of the levers on ' + (rows[0] ? rows[0].measure : '')});
  chart.append(svg('line', {x1: x(0), x2: x(0), y1: top - 4, y2: top + rowH * mains.length, stroke: '#5c6673'}));
  mains.forEach((r, i) => {
    const y = top + i * rowH;
    const g = svg('g', {class: 'bar'});
    g.append(svg('text', {x: 0, y: y + 14}, r.term));
    g.append(svg('rect', {x: Math.min(x(0), x(r.effect)), y: y + 3, width: Math.max(1, Math.abs(x(r.effect) - x(0))),
      height: rowH - 8, fill: r.significant ? '#1f77b4' : '#9fb8d0'}));
    if (r.ci_low !== null && r.ci_high !== null) {
      g.append(svg('line', {x1: x(r.ci_low), x2: x(r.ci_high), y1: y + rowH / 2, y2: y + rowH / 2, stroke: '#1d2430'}));
    }
    g.append(svg('title', {}, r.term + ': effect ' + number(r.effect) + ' (95 % interval ' + number(r.ci_low) + ' to ' +
      number(r.ci_high) + (r.significant ? ', excludes 0' : ', includes 0') + ')' + (r.aliases ? '; aliases: ' + r.aliases : '')));
    chart.append(g);
  });
  for (const v of [lo, 0, hi]) { // the scale: both ends and zero
    chart.append(svg('text', {x: x(v), y: top + rowH * mains.length + 14, 'text-anchor': 'middle'}, number(v)));
  }
  return el('div', {}, chart, el('p', {class: 'muted'}, 'Main effects: mean with the lever joint − mean with it ',
    'siloed, largest first, with their 95 % intervals; dark bars: the interval excludes 0. Hover a bar for its values.'));
}

// OrderCycle workbench: one order's journey under each policy, side by side (GET /api/trace, as "ordercycle trace").
// Uses el, api, say and page of app.js; every server text goes in as text.
'use strict';

async function tracePage() {
  const [scenarios, policies] = await Promise.all([api('/api/scenarios'), api('/api/policies')]);
  const scenario = el('select', {id: 'trace-scenario'}, scenarios.filter(s => s.valid).map(s =>
    el('option', {value: s.file}, s.file + ' (' + s.source + ')')));
  scenario.value = scenarios.some(s => s.file === 'classroom.yaml') ? 'classroom.yaml' : scenario.value;
  const order = el('input', {id: 'trace-order', type: 'number', min: 0, value: 120, size: 8});
  const seed = el('input', {id: 'trace-seed', type: 'number', value: 1, size: 6});
  const boxes = policies.map((p, i) => el('label', {},
    el('input', {type: 'checkbox', value: p.id, checked: i < 2, 'data-policy': p.id}), ' ' + p.name + ' '));
  const out = el('div', {id: 'trace-result', class: 'columns'});
  const show = el('button', {id: 'trace-run', onclick: async () => {
    const chosen = boxes.map(b => b.querySelector('input')).filter(i => i.checked).map(i => i.value);
    const query = new URLSearchParams({scenario: scenario.value, order: order.value, seed: seed.value});
    chosen.forEach(p => query.append('policy', p));
    show.disabled = true;
    out.replaceChildren(el('p', {class: 'muted'}, 'Running…'));
    try {
      const t = await api('/api/trace?' + query);
      say('');
      out.replaceChildren(...t.journeys.map(journey));
    } catch (e) { out.replaceChildren(); say(e.message, true); }
    show.disabled = false;
  }}, 'Show the journey');
  page('Trace',
    el('p', {class: 'muted'}, 'Follow one order through the ten steps: who owned it when, how long it waited, what was ',
      'decided. Every policy meets the same customers, so the same number is the same customer under each policy.'),
    el('p', {}, 'Scenario ', scenario, ' Order ', order, ' Seed ', seed, ' Policies ', boxes, show), out);
}

function days(v) { return v === null || v === undefined ? '–' : v.toFixed(2); }

function clock(day) {
  const minutes = Math.round((day - Math.floor(day)) * 1440) % 1440;
  return String(Math.floor(minutes / 60)).padStart(2, '0') + ':' + String(minutes % 60).padStart(2, '0');
}

/** One policy's column: summary, then the timeline, then the time per step. */
function journey(j) {
  const box = el('section', {class: 'journey', 'data-policy': j.policy}, el('h3', {}, j.policy));
  if (j.missing) return box.append(el('p', {class: 'error'}, j.missing)), box;
  const o = j.order;
  if (o) {
    const late = o.deliveredAt !== null && o.promisedAt !== null ? o.deliveredAt - o.promisedAt : null;
    box.append(el('table', {class: 'summary'}, el('tbody', {},
      [['Order', o.segment + ', ' + o.product + ', ' + o.quantity + ' units'],
        ['Lead time', o.leadTime === null ? 'not delivered' : days(o.leadTime) + ' days' +
          (late === null ? '' : late > 0 ? ' (' + days(late) + ' days late)' : ' (on time)')],
        ['Unattended', days(o.unattended) + ' days in hand-offs with no owner'],
        ['Invoice', !o.invoiced ? 'not invoiced' : o.invoiceErrors ? 'wrong (' + o.invoiceErrors + ')' : 'correct'],
        ['Final state', o.state]].map(([k, v]) => el('tr', {}, el('th', {}, k), el('td', {}, v))))));
  } else {
    box.append(el('p', {class: 'muted'}, 'This inquiry never became an order' +
      (j.nextOrder ? '; the next number that did is ' + j.nextOrder : '') + '.'));
  }
  box.append(el('table', {class: 'timeline'}, el('thead', {}, el('tr', {},
    ['Day', 'Time', 'Step', 'Owner', 'What', 'Detail'].map(h => el('th', {}, h)))),
  el('tbody', {}, j.events.map(e => el('tr', {},
    el('td', {class: 'num'}, e.time.toFixed(1)), el('td', {}, clock(e.time)), el('td', {}, e.step),
    el('td', {}, e.owner), el('td', {}, e.what), el('td', {}, e.detail || ''))))));
  if (o) {
    const steps = o.steps.filter(s => [s.waiting, s.worked, s.unattended, s.closed].some(v => v > 0));
    box.append(el('table', {class: 'steps'}, el('thead', {}, el('tr', {},
      ['Step', 'waiting', 'being worked', 'unattended', 'closed hours'].map(h => el('th', {}, h)))),
    el('tbody', {}, steps.map(s => el('tr', {}, el('td', {}, s.step),
      [s.waiting, s.worked, s.unattended, s.closed].map(v => el('td', {class: 'num'}, days(v))))))),
    el('p', {class: 'muted'}, 'Times in days.'));
  }
  return box;
}

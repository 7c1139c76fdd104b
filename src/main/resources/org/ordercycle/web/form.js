// OrderCycle workbench: the scenario form, generated from the scenario JSON Schema (GET /api/schema).
// Grouped by the ten steps; each field shows its documentation, unit, default and range. A change is
// written into the YAML text by the server (POST /api/scenarios/edit, which keeps every comment) and
// checked like any text; its errors appear beside the field. Uses el, api and say of app.js.
'use strict';

let schemaCache = null;

async function scenarioSchema() {
  if (!schemaCache) schemaCache = await api('/api/schema');
  return schemaCache;
}

function resolveRef(schema, node) {
  return node && node.$ref ? schema.$defs[node.$ref.substring('#/$defs/'.length)] : node;
}

/** Scalar fields can be set in the form; lists and distributions are edited in the YAML text. */
function scalarKind(node) {
  if (node.enum) return 'enum';
  if (['number', 'integer', 'string', 'boolean'].includes(node.type)) return node.type;
  if (node.oneOf && node.oneOf.every(o => o.type === 'number' || o.type === 'integer' || o.const !== undefined)) return 'mixed';
  return null;
}

/** The unit as the field's documentation states it ("in days", "as a share", ...). */
function unitOf(description) {
  const m = /\b(?:in|as an?|per) (days|hours|minutes|weeks|share|fraction|units|money|currency units)\b/.exec(description || '');
  return m ? m[1] : '';
}

function rangeOf(node) {
  const n = node.oneOf ? node.oneOf.find(o => o.type) || node : node;
  const lo = n.exclusiveMinimum !== undefined ? '> ' + n.exclusiveMinimum : n.minimum !== undefined ? '≥ ' + n.minimum : '';
  const hi = n.exclusiveMaximum !== undefined ? '< ' + n.exclusiveMaximum : n.maximum !== undefined ? '≤ ' + n.maximum : '';
  const parts = [lo, hi].filter(x => x);
  if (node.enum) return 'one of ' + node.enum.join(', ');
  if (node.oneOf) parts.push(...node.oneOf.filter(o => o.const !== undefined).map(o => 'or ' + o.const));
  return parts.join(', ');
}

function valueAt(scenario, path) {
  return path.split('.').reduce((v, k) => (v === null || v === undefined ? undefined : v[k]), scenario);
}

/**
 * Builds the form into {@code box} for the text in {@code text}; {@code onText(validation)} is called after
 * every change with the new text already in the textarea.
 */
async function scenarioForm(box, text, validation, onText) {
  const schema = await scenarioSchema();
  let scenario = validation && validation.valid ? validation.scenario : null;
  const inputs = {};
  const groups = [];
  const general = Object.entries(schema.properties).filter(([, n]) => scalarKind(n));
  groups.push(['General', '', general.map(([k, n]) => [k, n])]);
  const steps = resolveRef(schema, schema.properties.steps);
  for (const [stepKey, ref] of Object.entries(steps.properties)) {
    const def = resolveRef(schema, ref);
    groups.push([def.description.split('.')[0], def.description.substring(def.description.indexOf('.') + 1).trim(),
      Object.entries(def.properties).map(([k, n]) => ['steps.' + stepKey + '.' + k, n])]);
  }
  const orphanErrors = el('ul', {class: 'plain', id: 'form-errors'});
  box.replaceChildren(el('p', {class: 'muted'}, 'Each field as the schema documents it. A change is written into the ',
    'YAML text (its comments stay) and checked at once; lists (segments, departments, lines) are edited in the text.'),
  orphanErrors, ...groups.map(([title, note, fields]) => el('fieldset', {class: 'form-group'},
    el('legend', {}, title), note ? el('p', {class: 'muted'}, note) : null,
    fields.map(([path, raw]) => field(path, resolveRef(schema, raw))))));
  showErrors(validation);

  function field(path, node) {
    const kind = scalarKind(node);
    const error = el('div', {class: 'error field-error'});
    const facts = [unitOf(node.description) && 'unit: ' + unitOf(node.description),
      node.default !== undefined && 'default: ' + (typeof node.default === 'object' ? JSON.stringify(node.default) : node.default),
      rangeOf(node) && 'allowed: ' + rangeOf(node)].filter(x => x).join(' · ');
    let input;
    if (!kind) {
      input = el('span', {class: 'muted'}, 'edit in the YAML text');
    } else if (kind === 'enum' || kind === 'boolean') {
      const options = kind === 'boolean' ? ['true', 'false'] : node.enum;
      input = el('select', {'data-path': path}, el('option', {value: ''}, '(not set)'),
        options.map(o => el('option', {value: String(o)}, String(o))));
    } else {
      input = el('input', {'data-path': path, size: 12, type: 'text',
        inputmode: kind === 'number' || kind === 'integer' ? 'decimal' : undefined});
    }
    if (kind) {
      input.addEventListener('change', () => edit(path, input.value));
      inputs[path] = {input, error};
    } else {
      inputs[path] = {input: null, error};
    }
    fill(path);
    return el('div', {class: 'form-field', 'data-field': path},
      el('label', {}, el('code', {}, path.split('.').pop()), ' ', input),
      el('div', {class: 'muted'}, node.description || ''), facts ? el('div', {class: 'muted facts'}, facts) : null, error);
  }

  function fill(path) {
    const f = inputs[path];
    if (!f || !f.input || !scenario) return;
    const v = valueAt(scenario, path);
    if (v !== undefined && v !== null && typeof v !== 'object') f.input.value = String(v);
  }

  async function edit(path, value) {
    try {
      const r = await api('/api/scenarios/edit', {method: 'POST', headers: {'Content-Type': 'application/json'},
        body: JSON.stringify({yaml: text.value, path, value})});
      text.value = r.yaml;
      if (r.valid) scenario = r.scenario;
      showErrors(r);
      onText(r);
      say('');
    } catch (e) {
      inputs[path].error.textContent = e.message;
    }
  }

  function showErrors(v) {
    for (const f of Object.values(inputs)) f.error.textContent = '';
    orphanErrors.replaceChildren();
    if (!v || v.valid) return;
    for (const e of v.errors) {
      const f = inputs[e.path];
      if (f) f.error.textContent = e.message;
      else orphanErrors.append(el('li', {class: 'error'}, 'line ' + e.line + (e.path ? ', ' + e.path : '') + ': ' + e.message));
    }
  }
}

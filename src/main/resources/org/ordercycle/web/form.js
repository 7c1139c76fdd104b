// OrderCycle workbench: the scenario form, generated from the scenario JSON Schema (GET /api/schema).
// Grouped by the ten steps, after the general fields, the lists (products, lines, segments) and the
// departments (staff, handling time and wage of each, and the service skills' list); each
// field shows its documentation, unit, default and range; a distribution is a kind and its parameters;
// list items can be added (a copy of the last, or the first with its required fields) and removed.
// Every change is written into the YAML text by the server (POST /api/scenarios/edit, which keeps
// every comment) and checked like any text; its errors appear beside the field. Uses el, api and say
// of app.js.
'use strict';

let schemaCache = null;

async function scenarioSchema() {
  if (!schemaCache) schemaCache = await api('/api/schema');
  return schemaCache;
}

function resolveRef(schema, node) {
  return node && node.$ref ? schema.$defs[node.$ref.substring('#/$defs/'.length)] : node;
}

/** Scalar fields are set with one input; distributions with isDist; other lists and maps in the YAML text. */
function scalarKind(node) {
  if (node.enum) return 'enum';
  if (['number', 'integer', 'string', 'boolean'].includes(node.type)) return node.type;
  if (node.oneOf && node.oneOf.every(o => o.type === 'number' || o.type === 'integer' || o.const !== undefined)) return 'mixed';
  return null;
}

/** A distribution: a bare number or {dist: KIND, parameters...} (the schema's Dist). */
function distObject(node) {
  return node && node.oneOf ? node.oneOf.find(o => o.type === 'object' && o.properties && o.properties.dist) : null;
}

/** The parameters a kind takes and those it needs, as the schema's if/then rules say. */
function distParams(object, kind) {
  const rule = (object.allOf || []).find(r => r.if && r.if.properties.dist.const === kind);
  const names = rule ? rule.then.propertyNames.enum.filter(n => n !== 'dist' && n !== 'unit') : [];
  return {names, required: rule ? rule.then.required || [] : []};
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

/** 'segments[1].orderSize' -> ['segments', 1, 'orderSize']. */
function pathKeys(path) {
  return path.split('.').flatMap(part => {
    const m = /^(\w+)\[(\d+)]$/.exec(part);
    return m ? [m[1], Number(m[2])] : [part];
  });
}

function valueAt(data, path) {
  return pathKeys(path).reduce((v, k) => (v === null || v === undefined ? undefined : v[k]), data);
}

/** The lists whose items the form edits field by field. */
const FORM_LISTS = ['products', 'lines', 'segments', 'assumptions'];

/**
 * Builds the form into {@code box} for the text in {@code text}; {@code onText(validation)} is called after
 * every change with the new text already in the textarea.
 */
async function scenarioForm(box, text, validation, onText) {
  const schema = await scenarioSchema();
  // a valid scenario shows every field with its default; one with errors shows what is written
  let data = validation ? (validation.valid ? validation.scenario : validation.written) : null;
  const inputs = {};
  const general = Object.entries(schema.properties).filter(([, n]) => scalarKind(n));
  const groups = [['General', '', general.map(([k, n]) => [k, n])]];
  const steps = resolveRef(schema, schema.properties.steps);
  for (const [stepKey, ref] of Object.entries(steps.properties)) {
    const def = resolveRef(schema, ref);
    groups.push([def.description.split('.')[0], def.description.substring(def.description.indexOf('.') + 1).trim(),
      Object.entries(def.properties).map(([k, n]) => ['steps.' + stepKey + '.' + k, n])]);
  }
  const orphanErrors = el('ul', {class: 'plain', id: 'form-errors'});
  box.replaceChildren(el('p', {class: 'muted'}, 'Each field as the schema documents it. A change is written into the ',
    'YAML text (its comments stay) and checked at once.'),
  orphanErrors, fieldset(...groups[0]), ...FORM_LISTS.map(key => listGroup(key, schema.properties[key])),
  departmentsGroup(), ...groups.slice(1).map(g => fieldset(...g)));
  showErrors(validation);

  function fieldset(title, note, fields) {
    return el('fieldset', {class: 'form-group'}, el('legend', {}, title), note ? el('p', {class: 'muted'}, note) : null,
      fields.map(([path, raw]) => field(path, raw)));
  }

  /**
   * The departments: one fieldset each with its fields (setting a field of a department not written
   * in the text writes it), and the list of service skills.
   */
  function departmentsGroup() {
    const node = schema.properties.departments;
    const def = resolveRef(schema, node);
    return el('fieldset', {class: 'form-group', 'data-group': 'departments'}, el('legend', {}, 'departments'),
      el('p', {class: 'muted'}, (node.description || '') + '. The offered load their staff must carry is in the ',
        'table beside the form, updated with each change.'),
      Object.entries(def.properties).map(([name, raw]) => {
        const d = resolveRef(schema, raw);
        const path = 'departments.' + name;
        if (d.type === 'array') return listGroup(path, raw);
        if (!d.properties) return null;
        return el('fieldset', {class: 'form-item', 'data-item': path}, el('legend', {}, name),
          Object.entries(d.properties).map(([k, n]) => field(path + '.' + k, n)));
      }));
  }

  /** One fieldset per item of a list, each with its fields and a Remove button, and one to add a copy. */
  function listGroup(key, listNode) {
    const itemDef = resolveRef(schema, resolveRef(schema, listNode).items);
    const items = data && Array.isArray(valueAt(data, key)) ? valueAt(data, key) : [];
    return el('fieldset', {class: 'form-group', 'data-list': key}, el('legend', {}, key),
      el('p', {class: 'muted'}, listNode.description || ''),
      items.map((item, i) => el('fieldset', {class: 'form-item', 'data-item': key + '[' + i + ']'},
        el('legend', {}, key + '[' + i + ']' + (item && item.id ? ' ' + item.id : '')),
        el('p', {}, el('button', {type: 'button', 'data-remove': key + '[' + i + ']',
          onclick: () => structure('remove', key + '[' + i + ']')}, 'Remove ' + (item && item.id ? item.id : 'this item'))),
        Object.entries(itemDef.properties).map(([k, n]) => field(key + '[' + i + '].' + k, n)))),
      items.length ? el('p', {}, el('button', {type: 'button', 'data-append': key,
        onclick: () => structure('append', key)}, 'Add a copy of the last'),
      el('span', {class: 'muted'}, ' then change what must differ (its id first)'))
        : el('p', {}, el('button', {type: 'button', 'data-append': key,
          onclick: () => structure('append', key, firstItem(itemDef))}, 'Add the first'),
        el('span', {class: 'muted'}, ' with its required fields at their defaults or lowest values, then set them')));
  }

  /** A list's first item: its required fields, each at its default, else its lowest allowed value. */
  function firstItem(def) {
    const item = {};
    for (const name of def.required || []) {
      const n = resolveRef(schema, def.properties[name]);
      if (n.default !== undefined) item[name] = n.default;
      else if (n.enum) item[name] = n.enum[0];
      else if (n.type === 'number' || n.type === 'integer') {
        item[name] = n.minimum !== undefined ? n.minimum : n.exclusiveMinimum !== undefined ? n.exclusiveMinimum + 1 : 0;
      } else if (n.type === 'string') item[name] = 'new';
    }
    return item;
  }

  function field(path, raw) {
    const node = resolveRef(schema, raw);
    if (node.type === 'array' && node.items && resolveRef(schema, node.items).properties) return listGroup(path, raw);
    if (node.type === 'object' && node.additionalProperties && !node.properties) return mapField(path, raw, node);
    if (node.type === 'array' && node.items && ['string', 'number'].includes(resolveRef(schema, node.items).type)) {
      return wordsField(path, raw, node);
    }
    const description = raw.description || node.description || '';
    const kind = scalarKind(node);
    const dist = kind ? null : distObject(node);
    const error = el('div', {class: 'error field-error'});
    const facts = [unitOf(description) && 'unit: ' + unitOf(description),
      node.default !== undefined && 'default: ' + (typeof node.default === 'object' ? JSON.stringify(node.default) : node.default),
      !dist && rangeOf(node) && 'allowed: ' + rangeOf(node)].filter(x => x).join(' · ');
    let input;
    if (dist) {
      input = distInput(path, dist);
    } else if (!kind) {
      input = el('span', {class: 'muted'}, 'edit in the YAML text');
    } else if (kind === 'enum' || kind === 'boolean') {
      const options = kind === 'boolean' ? ['true', 'false'] : node.enum;
      input = el('select', {'data-path': path}, el('option', {value: ''}, '(not set)'),
        options.map(o => el('option', {value: String(o)}, String(o))));
    } else {
      input = el('input', {'data-path': path, size: 12, type: 'text',
        inputmode: kind === 'number' || kind === 'integer' ? 'decimal' : undefined});
    }
    if (kind) input.addEventListener('change', () => edit(path, input.value));
    inputs[path] = {input: kind ? input : null, error};
    fill(path);
    return el('div', {class: 'form-field', 'data-field': path},
      el('label', {}, el('code', {}, path.split('.').pop()), ' ', input),
      el('div', {class: 'muted'}, description), facts ? el('div', {class: 'muted facts'}, facts) : null, error);
  }

  /**
   * A table of numbers by name (a segment's product mix): one input per name written, and for a
   * table keyed by product, one for each product not yet in it. Emptying an input leaves the text as it is.
   */
  function mapField(path, raw, node) {
    const description = raw.description || node.description || '';
    const now = valueAt(data, path) || {};
    const products = /id of a product/.test(description) && data && Array.isArray(data.products)
      ? data.products.map(p => p && p.id).filter(id => id) : [];
    const names = [...new Set([...Object.keys(now), ...products])];
    const error = el('div', {class: 'error field-error'});
    inputs[path] = {input: null, error};
    return el('div', {class: 'form-field', 'data-field': path},
      el('label', {}, el('code', {}, path.split('.').pop())),
      el('span', {class: 'map-entries'}, names.map(name => {
        if (!/^[A-Za-z][A-Za-z0-9_-]*$/.test(name)) return el('span', {class: 'muted'}, ' ' + name + ': in the text');
        const box = el('input', {type: 'text', size: 6, inputmode: 'decimal', 'data-path': path + '.' + name,
          'aria-label': path + ' ' + name, value: now[name] === undefined ? '' : String(now[name])});
        box.addEventListener('change', () => { if (box.value.trim() !== '') edit(path + '.' + name, box.value); });
        inputs[path + '.' + name] = {input: box, error};
        return el('label', {}, ' ' + name + ' ', box);
      })),
      el('div', {class: 'muted'}, description), error);
  }

  /** A list of names (a product's install skills): one box, the names comma separated; emptied, the list is empty. */
  function wordsField(path, raw, node) {
    const description = raw.description || node.description || '';
    const now = valueAt(data, path);
    const box = el('input', {type: 'text', size: 30, 'data-path': path, 'aria-label': path,
      value: Array.isArray(now) ? now.join(', ') : ''});
    const error = el('div', {class: 'error field-error'});
    inputs[path] = {input: null, error};
    box.addEventListener('change', () => edit(path, box.value.split(',').map(x => x.trim()).filter(x => x)));
    return el('div', {class: 'form-field', 'data-field': path},
      el('label', {}, el('code', {}, path.split('.').pop()), ' ', box),
      el('div', {class: 'muted'}, description + ' (comma separated)'), error);
  }

  /** A distribution: its kind, then the parameters that kind takes (lists comma separated) and its unit. */
  function distInput(path, object) {
    const now = valueAt(data, path);
    const current = typeof now === 'number' ? {dist: 'deterministic', value: now} : now || {};
    const kind = el('select', {'data-dist': path, 'aria-label': path + ' distribution'},
      el('option', {value: ''}, '(not set)'), object.properties.dist.enum.map(k => el('option', {value: k}, k)));
    kind.value = current.dist || '';
    const unit = el('select', {'data-dist-unit': path, 'aria-label': path + ' unit'},
      el('option', {value: ''}, '(scenario unit)'), object.properties.unit.enum.map(u => el('option', {value: u}, u)));
    unit.value = current.unit || '';
    const params = el('span', {class: 'dist-params'});
    let fields = {};
    const draw = () => {
      const {names} = distParams(object, kind.value);
      const old = Object.fromEntries(Object.entries(fields).map(([n, i]) => [n, i.value]));
      fields = {};
      params.replaceChildren(...names.map(n => {
        const v = old[n] !== undefined ? old[n] : current[n];
        const box = el('input', {type: 'text', size: n === 'values' || n === 'weights' ? 16 : 6,
          'data-dist-param': path + '.' + n, 'aria-label': path + ' ' + n,
          value: v === null || v === undefined ? '' : Array.isArray(v) ? v.join(', ') : String(v)});
        box.addEventListener('change', send);
        fields[n] = box;
        return el('label', {}, ' ' + n + ' ', box);
      }));
    };
    const send = () => {
      const {required} = distParams(object, kind.value);
      if (!kind.value || required.some(n => !fields[n] || fields[n].value.trim() === '')) return; // not complete yet
      const value = {dist: kind.value};
      for (const [n, box] of Object.entries(fields)) {
        const t = box.value.trim();
        if (t === '') continue;
        value[n] = n === 'values' || n === 'weights' ? t.split(',').map(x => Number(x.trim())) : Number(t);
      }
      if (unit.value) value.unit = unit.value;
      edit(path, value);
    };
    kind.addEventListener('change', () => { draw(); send(); });
    unit.addEventListener('change', send);
    draw();
    return el('span', {class: 'dist'}, kind, params, ' ', unit);
  }

  function fill(path) {
    const f = inputs[path];
    if (!f || !f.input || !data) return;
    const v = valueAt(data, path);
    if (v !== undefined && v !== null && typeof v !== 'object') f.input.value = String(v);
  }

  async function post(body) {
    const r = await api('/api/scenarios/edit', {method: 'POST', headers: {'Content-Type': 'application/json'},
      body: JSON.stringify(Object.assign({yaml: text.value}, body))});
    text.value = r.yaml;
    data = r.valid ? r.scenario : r.written || data;
    // a scenario that was invalid showed only what is written: once valid, empty boxes get their defaults
    if (r.valid) for (const p of Object.keys(inputs)) if (inputs[p].input && inputs[p].input.value === '') fill(p);
    onText(r);
    say('');
    return r;
  }

  async function edit(path, value) {
    try {
      showErrors(await post({path, value}));
    } catch (e) {
      inputs[path].error.textContent = e.message;
    }
  }

  /** Adds or removes a list item; the form is drawn again, since the items' indexes change. */
  async function structure(op, path, value) {
    try {
      const r = await post(value === undefined ? {path, op} : {path, op, value});
      await scenarioForm(box, text, r, onText);
    } catch (e) { say(e.message, true); }
  }

  /** Each error beside the field it names, or the nearest field above it (a distribution's parameter). */
  function showErrors(v) {
    for (const f of Object.values(inputs)) f.error.textContent = '';
    orphanErrors.replaceChildren();
    if (!v || v.valid) return;
    for (const e of v.errors) {
      let at = e.path;
      while (at && !inputs[at]) at = at.includes('.') ? at.substring(0, at.lastIndexOf('.')) : '';
      if (at) inputs[at].error.textContent += (inputs[at].error.textContent ? ' ' : '') + e.message;
      else orphanErrors.append(el('li', {class: 'error'}, 'line ' + e.line + (e.path ? ', ' + e.path : '') + ': ' + e.message));
    }
  }
}

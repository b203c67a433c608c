#!/usr/bin/env node
import { createRequire as __perfGateCreateRequire } from 'node:module'; const require = __perfGateCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/ajv/dist/compile/codegen/code.js
var require_code = __commonJS({
  "node_modules/ajv/dist/compile/codegen/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
    var _CodeOrName = class {
    };
    exports._CodeOrName = _CodeOrName;
    exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
    var Name = class extends _CodeOrName {
      constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
          throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        return false;
      }
      get names() {
        return { [this.str]: 1 };
      }
    };
    exports.Name = Name;
    var _Code = class extends _CodeOrName {
      constructor(code) {
        super();
        this._items = typeof code === "string" ? [code] : code;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        if (this._items.length > 1)
          return false;
        const item = this._items[0];
        return item === "" || item === '""';
      }
      get str() {
        var _a;
        return (_a = this._str) !== null && _a !== void 0 ? _a : this._str = this._items.reduce((s, c) => `${s}${c}`, "");
      }
      get names() {
        var _a;
        return (_a = this._names) !== null && _a !== void 0 ? _a : this._names = this._items.reduce((names, c) => {
          if (c instanceof Name)
            names[c.str] = (names[c.str] || 0) + 1;
          return names;
        }, {});
      }
    };
    exports._Code = _Code;
    exports.nil = new _Code("");
    function _(strs, ...args) {
      const code = [strs[0]];
      let i = 0;
      while (i < args.length) {
        addCodeArg(code, args[i]);
        code.push(strs[++i]);
      }
      return new _Code(code);
    }
    exports._ = _;
    var plus = new _Code("+");
    function str(strs, ...args) {
      const expr = [safeStringify(strs[0])];
      let i = 0;
      while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
      }
      optimize(expr);
      return new _Code(expr);
    }
    exports.str = str;
    function addCodeArg(code, arg) {
      if (arg instanceof _Code)
        code.push(...arg._items);
      else if (arg instanceof Name)
        code.push(arg);
      else
        code.push(interpolate(arg));
    }
    exports.addCodeArg = addCodeArg;
    function optimize(expr) {
      let i = 1;
      while (i < expr.length - 1) {
        if (expr[i] === plus) {
          const res = mergeExprItems(expr[i - 1], expr[i + 1]);
          if (res !== void 0) {
            expr.splice(i - 1, 3, res);
            continue;
          }
          expr[i++] = "+";
        }
        i++;
      }
    }
    function mergeExprItems(a, b) {
      if (b === '""')
        return a;
      if (a === '""')
        return b;
      if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
          return;
        if (typeof b != "string")
          return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
          return a.slice(0, -1) + b.slice(1);
        return;
      }
      if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
      return;
    }
    function strConcat(c1, c2) {
      return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str`${c1}${c2}`;
    }
    exports.strConcat = strConcat;
    function interpolate(x) {
      return typeof x == "number" || typeof x == "boolean" || x === null ? x : safeStringify(Array.isArray(x) ? x.join(",") : x);
    }
    function stringify(x) {
      return new _Code(safeStringify(x));
    }
    exports.stringify = stringify;
    function safeStringify(x) {
      return JSON.stringify(x).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
    }
    exports.safeStringify = safeStringify;
    function getProperty(key) {
      return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _`[${key}]`;
    }
    exports.getProperty = getProperty;
    function getEsmExportName(key) {
      if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
      }
      throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
    }
    exports.getEsmExportName = getEsmExportName;
    function regexpCode(rx) {
      return new _Code(rx.toString());
    }
    exports.regexpCode = regexpCode;
  }
});

// node_modules/ajv/dist/compile/codegen/scope.js
var require_scope = __commonJS({
  "node_modules/ajv/dist/compile/codegen/scope.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
    var code_1 = require_code();
    var ValueError = class extends Error {
      constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
      }
    };
    var UsedValueState;
    (function(UsedValueState2) {
      UsedValueState2[UsedValueState2["Started"] = 0] = "Started";
      UsedValueState2[UsedValueState2["Completed"] = 1] = "Completed";
    })(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
    exports.varKinds = {
      const: new code_1.Name("const"),
      let: new code_1.Name("let"),
      var: new code_1.Name("var")
    };
    var Scope = class {
      constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
      }
      toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
      }
      name(prefix) {
        return new code_1.Name(this._newName(prefix));
      }
      _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
      }
      _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || this._prefixes && !this._prefixes.has(prefix)) {
          throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return this._names[prefix] = { prefix, index: 0 };
      }
    };
    exports.Scope = Scope;
    var ValueScopeName = class extends code_1.Name {
      constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
      }
      setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._)`.${new code_1.Name(property)}[${itemIndex}]`;
      }
    };
    exports.ValueScopeName = ValueScopeName;
    var line = (0, code_1._)`\n`;
    var ValueScope = class extends Scope {
      constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
      }
      get() {
        return this._scope;
      }
      name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
      }
      value(nameOrPrefix, value) {
        var _a;
        if (value.ref === void 0)
          throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
          const _name = vs.get(valueKey);
          if (_name)
            return _name;
        } else {
          vs = this._values[prefix] = /* @__PURE__ */ new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
      }
      getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
          return;
        return vs.get(keyOrRef);
      }
      scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
          if (name.scopePath === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return (0, code_1._)`${scopeName}${name.scopePath}`;
        });
      }
      scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
          if (name.value === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return name.value.code;
        }, usedValues, getCode);
      }
      _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix in values) {
          const vs = values[prefix];
          if (!vs)
            continue;
          const nameSet = usedValues[prefix] = usedValues[prefix] || /* @__PURE__ */ new Map();
          vs.forEach((name) => {
            if (nameSet.has(name))
              return;
            nameSet.set(name, UsedValueState.Started);
            let c = valueCode(name);
            if (c) {
              const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
              code = (0, code_1._)`${code}${def} ${name} = ${c};${this.opts._n}`;
            } else if (c = getCode === null || getCode === void 0 ? void 0 : getCode(name)) {
              code = (0, code_1._)`${code}${c}${this.opts._n}`;
            } else {
              throw new ValueError(name);
            }
            nameSet.set(name, UsedValueState.Completed);
          });
        }
        return code;
      }
    };
    exports.ValueScope = ValueScope;
  }
});

// node_modules/ajv/dist/compile/codegen/index.js
var require_codegen = __commonJS({
  "node_modules/ajv/dist/compile/codegen/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
    var code_1 = require_code();
    var scope_1 = require_scope();
    var code_2 = require_code();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return code_2._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return code_2.str;
    } });
    Object.defineProperty(exports, "strConcat", { enumerable: true, get: function() {
      return code_2.strConcat;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return code_2.nil;
    } });
    Object.defineProperty(exports, "getProperty", { enumerable: true, get: function() {
      return code_2.getProperty;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return code_2.stringify;
    } });
    Object.defineProperty(exports, "regexpCode", { enumerable: true, get: function() {
      return code_2.regexpCode;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return code_2.Name;
    } });
    var scope_2 = require_scope();
    Object.defineProperty(exports, "Scope", { enumerable: true, get: function() {
      return scope_2.Scope;
    } });
    Object.defineProperty(exports, "ValueScope", { enumerable: true, get: function() {
      return scope_2.ValueScope;
    } });
    Object.defineProperty(exports, "ValueScopeName", { enumerable: true, get: function() {
      return scope_2.ValueScopeName;
    } });
    Object.defineProperty(exports, "varKinds", { enumerable: true, get: function() {
      return scope_2.varKinds;
    } });
    exports.operators = {
      GT: new code_1._Code(">"),
      GTE: new code_1._Code(">="),
      LT: new code_1._Code("<"),
      LTE: new code_1._Code("<="),
      EQ: new code_1._Code("==="),
      NEQ: new code_1._Code("!=="),
      NOT: new code_1._Code("!"),
      OR: new code_1._Code("||"),
      AND: new code_1._Code("&&"),
      ADD: new code_1._Code("+")
    };
    var Node = class {
      optimizeNodes() {
        return this;
      }
      optimizeNames(_names, _constants) {
        return this;
      }
    };
    var Def = class extends Node {
      constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
      }
      render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === void 0 ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
      }
      optimizeNames(names, constants3) {
        if (!names[this.name.str])
          return;
        if (this.rhs)
          this.rhs = optimizeExpr(this.rhs, names, constants3);
        return this;
      }
      get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
      }
    };
    var Assign = class extends Node {
      constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
      }
      render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
      }
      optimizeNames(names, constants3) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
          return;
        this.rhs = optimizeExpr(this.rhs, names, constants3);
        return this;
      }
      get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
      }
    };
    var AssignOp = class extends Assign {
      constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
      }
      render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
      }
    };
    var Label = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        return `${this.label}:` + _n;
      }
    };
    var Break = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
      }
    };
    var Throw = class extends Node {
      constructor(error) {
        super();
        this.error = error;
      }
      render({ _n }) {
        return `throw ${this.error};` + _n;
      }
      get names() {
        return this.error.names;
      }
    };
    var AnyCode = class extends Node {
      constructor(code) {
        super();
        this.code = code;
      }
      render({ _n }) {
        return `${this.code};` + _n;
      }
      optimizeNodes() {
        return `${this.code}` ? this : void 0;
      }
      optimizeNames(names, constants3) {
        this.code = optimizeExpr(this.code, names, constants3);
        return this;
      }
      get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
      }
    };
    var ParentNode = class extends Node {
      constructor(nodes = []) {
        super();
        this.nodes = nodes;
      }
      render(opts) {
        return this.nodes.reduce((code, n) => code + n.render(opts), "");
      }
      optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i].optimizeNodes();
          if (Array.isArray(n))
            nodes.splice(i, 1, ...n);
          else if (n)
            nodes[i] = n;
          else
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      optimizeNames(names, constants3) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i];
          if (n.optimizeNames(names, constants3))
            continue;
          subtractNames(names, n.names);
          nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
      }
    };
    var BlockNode = class extends ParentNode {
      render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
      }
    };
    var Root = class extends ParentNode {
    };
    var Else = class extends BlockNode {
    };
    Else.kind = "else";
    var If = class _If extends BlockNode {
      constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
      }
      render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else)
          code += "else " + this.else.render(opts);
        return code;
      }
      optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
          return this.nodes;
        let e = this.else;
        if (e) {
          const ns = e.optimizeNodes();
          e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
          if (cond === false)
            return e instanceof _If ? e : e.nodes;
          if (this.nodes.length)
            return this;
          return new _If(not(cond), e instanceof _If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
          return void 0;
        return this;
      }
      optimizeNames(names, constants3) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants3);
        if (!(super.optimizeNames(names, constants3) || this.else))
          return;
        this.condition = optimizeExpr(this.condition, names, constants3);
        return this;
      }
      get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
          addNames(names, this.else.names);
        return names;
      }
    };
    If.kind = "if";
    var For = class extends BlockNode {
    };
    For.kind = "for";
    var ForLoop = class extends For {
      constructor(iteration) {
        super();
        this.iteration = iteration;
      }
      render(opts) {
        return `for(${this.iteration})` + super.render(opts);
      }
      optimizeNames(names, constants3) {
        if (!super.optimizeNames(names, constants3))
          return;
        this.iteration = optimizeExpr(this.iteration, names, constants3);
        return this;
      }
      get names() {
        return addNames(super.names, this.iteration.names);
      }
    };
    var ForRange = class extends For {
      constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
      }
      render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
      }
      get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
      }
    };
    var ForIter = class extends For {
      constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
      }
      render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
      }
      optimizeNames(names, constants3) {
        if (!super.optimizeNames(names, constants3))
          return;
        this.iterable = optimizeExpr(this.iterable, names, constants3);
        return this;
      }
      get names() {
        return addNames(super.names, this.iterable.names);
      }
    };
    var Func = class extends BlockNode {
      constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
      }
      render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
      }
    };
    Func.kind = "func";
    var Return = class extends ParentNode {
      render(opts) {
        return "return " + super.render(opts);
      }
    };
    Return.kind = "return";
    var Try = class extends BlockNode {
      render(opts) {
        let code = "try" + super.render(opts);
        if (this.catch)
          code += this.catch.render(opts);
        if (this.finally)
          code += this.finally.render(opts);
        return code;
      }
      optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
      }
      optimizeNames(names, constants3) {
        var _a, _b;
        super.optimizeNames(names, constants3);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants3);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants3);
        return this;
      }
      get names() {
        const names = super.names;
        if (this.catch)
          addNames(names, this.catch.names);
        if (this.finally)
          addNames(names, this.finally.names);
        return names;
      }
    };
    var Catch = class extends BlockNode {
      constructor(error) {
        super();
        this.error = error;
      }
      render(opts) {
        return `catch(${this.error})` + super.render(opts);
      }
    };
    Catch.kind = "catch";
    var Finally = class extends BlockNode {
      render(opts) {
        return "finally" + super.render(opts);
      }
    };
    Finally.kind = "finally";
    var CodeGen = class {
      constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
      }
      toString() {
        return this._root.render(this.opts);
      }
      // returns unique name in the internal scope
      name(prefix) {
        return this._scope.name(prefix);
      }
      // reserves unique name in the external scope
      scopeName(prefix) {
        return this._extScope.name(prefix);
      }
      // reserves unique name in the external scope and assigns value to it
      scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = /* @__PURE__ */ new Set());
        vs.add(name);
        return name;
      }
      getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
      }
      // return code that assigns values in the external scope to the names that are used internally
      // (same names that were returned by gen.scopeName or gen.scopeValue)
      scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
      }
      scopeCode() {
        return this._extScope.scopeCode(this._values);
      }
      _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== void 0 && constant)
          this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
      }
      // `const` declaration (`var` in es5 mode)
      const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
      }
      // `let` declaration with optional assignment (`var` in es5 mode)
      let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
      }
      // `var` declaration with optional assignment
      var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
      }
      // assignment code
      assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
      }
      // `+=` code
      add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
      }
      // appends passed SafeExpr to code or executes Block
      code(c) {
        if (typeof c == "function")
          c();
        else if (c !== code_1.nil)
          this._leafNode(new AnyCode(c));
        return this;
      }
      // returns code for object literal for the passed argument list of key-value pairs
      object(...keyValues) {
        const code = ["{"];
        for (const [key, value] of keyValues) {
          if (code.length > 1)
            code.push(",");
          code.push(key);
          if (key !== value || this.opts.es5) {
            code.push(":");
            (0, code_1.addCodeArg)(code, value);
          }
        }
        code.push("}");
        return new code_1._Code(code);
      }
      // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
      if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
          this.code(thenBody).else().code(elseBody).endIf();
        } else if (thenBody) {
          this.code(thenBody).endIf();
        } else if (elseBody) {
          throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
      }
      // `else if` clause - invalid without `if` or after `else` clauses
      elseIf(condition) {
        return this._elseNode(new If(condition));
      }
      // `else` clause - only valid after `if` or `else if` clauses
      else() {
        return this._elseNode(new Else());
      }
      // end `if` statement (needed if gen.if was used only with condition)
      endIf() {
        return this._endBlockNode(If, Else);
      }
      _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
          this.code(forBody).endFor();
        return this;
      }
      // a generic `for` clause (or statement if `forBody` is passed)
      for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
      }
      // `for` statement for a range of values
      forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
      }
      // `for-of` statement (in es5 mode replace with a normal for loop)
      forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
          const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
          return this.forRange("_i", 0, (0, code_1._)`${arr}.length`, (i) => {
            this.var(name, (0, code_1._)`${arr}[${i}]`);
            forBody(name);
          });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
      }
      // `for-in` statement.
      // With option `ownProperties` replaced with a `for-of` loop for object keys
      forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
          return this.forOf(nameOrPrefix, (0, code_1._)`Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
      }
      // end `for` loop
      endFor() {
        return this._endBlockNode(For);
      }
      // `label` statement
      label(label) {
        return this._leafNode(new Label(label));
      }
      // `break` statement
      break(label) {
        return this._leafNode(new Break(label));
      }
      // `return` statement
      return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
          throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
      }
      // `try` statement
      try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
          throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
          const error = this.name("e");
          this._currNode = node.catch = new Catch(error);
          catchCode(error);
        }
        if (finallyCode) {
          this._currNode = node.finally = new Finally();
          this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
      }
      // `throw` statement
      throw(error) {
        return this._leafNode(new Throw(error));
      }
      // start self-balancing block
      block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
          this.code(body).endBlock(nodeCount);
        return this;
      }
      // end the current self-balancing block
      endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === void 0)
          throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || nodeCount !== void 0 && toClose !== nodeCount) {
          throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
      }
      // `function` heading (or definition if funcBody is passed)
      func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
          this.code(funcBody).endFunc();
        return this;
      }
      // end function definition
      endFunc() {
        return this._endBlockNode(Func);
      }
      optimize(n = 1) {
        while (n-- > 0) {
          this._root.optimizeNodes();
          this._root.optimizeNames(this._root.names, this._constants);
        }
      }
      _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
      }
      _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
      }
      _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || N2 && n instanceof N2) {
          this._nodes.pop();
          return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
      }
      _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
          throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
      }
      get _root() {
        return this._nodes[0];
      }
      get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
      }
      set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
      }
    };
    exports.CodeGen = CodeGen;
    function addNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
      return names;
    }
    function addExprNames(names, from) {
      return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
    }
    function optimizeExpr(expr, names, constants3) {
      if (expr instanceof code_1.Name)
        return replaceName(expr);
      if (!canOptimize(expr))
        return expr;
      return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
          c = replaceName(c);
        if (c instanceof code_1._Code)
          items.push(...c._items);
        else
          items.push(c);
        return items;
      }, []));
      function replaceName(n) {
        const c = constants3[n.str];
        if (c === void 0 || names[n.str] !== 1)
          return n;
        delete names[n.str];
        return c;
      }
      function canOptimize(e) {
        return e instanceof code_1._Code && e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants3[c.str] !== void 0);
      }
    }
    function subtractNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
    }
    function not(x) {
      return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._)`!${par(x)}`;
    }
    exports.not = not;
    var andCode = mappend(exports.operators.AND);
    function and(...args) {
      return args.reduce(andCode);
    }
    exports.and = and;
    var orCode = mappend(exports.operators.OR);
    function or(...args) {
      return args.reduce(orCode);
    }
    exports.or = or;
    function mappend(op) {
      return (x, y) => x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._)`${par(x)} ${op} ${par(y)}`;
    }
    function par(x) {
      return x instanceof code_1.Name ? x : (0, code_1._)`(${x})`;
    }
  }
});

// node_modules/ajv/dist/compile/util.js
var require_util = __commonJS({
  "node_modules/ajv/dist/compile/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
    var codegen_1 = require_codegen();
    var code_1 = require_code();
    function toHash(arr) {
      const hash = {};
      for (const item of arr)
        hash[item] = true;
      return hash;
    }
    exports.toHash = toHash;
    function alwaysValidSchema(it, schema) {
      if (typeof schema == "boolean")
        return schema;
      if (Object.keys(schema).length === 0)
        return true;
      checkUnknownRules(it, schema);
      return !schemaHasRules(schema, it.self.RULES.all);
    }
    exports.alwaysValidSchema = alwaysValidSchema;
    function checkUnknownRules(it, schema = it.schema) {
      const { opts, self } = it;
      if (!opts.strictSchema)
        return;
      if (typeof schema === "boolean")
        return;
      const rules = self.RULES.keywords;
      for (const key in schema) {
        if (!rules[key])
          checkStrictMode(it, `unknown keyword: "${key}"`);
      }
    }
    exports.checkUnknownRules = checkUnknownRules;
    function schemaHasRules(schema, rules) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (rules[key])
          return true;
      return false;
    }
    exports.schemaHasRules = schemaHasRules;
    function schemaHasRulesButRef(schema, RULES) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (key !== "$ref" && RULES.all[key])
          return true;
      return false;
    }
    exports.schemaHasRulesButRef = schemaHasRulesButRef;
    function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
      if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
          return schema;
        if (typeof schema == "string")
          return (0, codegen_1._)`${schema}`;
      }
      return (0, codegen_1._)`${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
    }
    exports.schemaRefOrVal = schemaRefOrVal;
    function unescapeFragment(str) {
      return unescapeJsonPointer(decodeURIComponent(str));
    }
    exports.unescapeFragment = unescapeFragment;
    function escapeFragment(str) {
      return encodeURIComponent(escapeJsonPointer(str));
    }
    exports.escapeFragment = escapeFragment;
    function escapeJsonPointer(str) {
      if (typeof str == "number")
        return `${str}`;
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    exports.escapeJsonPointer = escapeJsonPointer;
    function unescapeJsonPointer(str) {
      return str.replace(/~1/g, "/").replace(/~0/g, "~");
    }
    exports.unescapeJsonPointer = unescapeJsonPointer;
    function eachItem(xs, f2) {
      if (Array.isArray(xs)) {
        for (const x of xs)
          f2(x);
      } else {
        f2(xs);
      }
    }
    exports.eachItem = eachItem;
    function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName }) {
      return (gen, from, to, toName) => {
        const res = to === void 0 ? from : to instanceof codegen_1.Name ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to) : from instanceof codegen_1.Name ? (mergeToName(gen, to, from), from) : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
      };
    }
    exports.mergeEvaluated = {
      props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => {
          gen.if((0, codegen_1._)`${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._)`${to} || {}`).code((0, codegen_1._)`Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => {
          if (from === true) {
            gen.assign(to, true);
          } else {
            gen.assign(to, (0, codegen_1._)`${to} || {}`);
            setEvaluated(gen, to, from);
          }
        }),
        mergeValues: (from, to) => from === true ? true : { ...from, ...to },
        resultToName: evaluatedPropsToName
      }),
      items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._)`${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._)`${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => from === true ? true : Math.max(from, to),
        resultToName: (gen, items) => gen.var("items", items)
      })
    };
    function evaluatedPropsToName(gen, ps) {
      if (ps === true)
        return gen.var("props", true);
      const props = gen.var("props", (0, codegen_1._)`{}`);
      if (ps !== void 0)
        setEvaluated(gen, props, ps);
      return props;
    }
    exports.evaluatedPropsToName = evaluatedPropsToName;
    function setEvaluated(gen, props, ps) {
      Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._)`${props}${(0, codegen_1.getProperty)(p)}`, true));
    }
    exports.setEvaluated = setEvaluated;
    var snippets = {};
    function useFunc(gen, f2) {
      return gen.scopeValue("func", {
        ref: f2,
        code: snippets[f2.code] || (snippets[f2.code] = new code_1._Code(f2.code))
      });
    }
    exports.useFunc = useFunc;
    var Type;
    (function(Type2) {
      Type2[Type2["Num"] = 0] = "Num";
      Type2[Type2["Str"] = 1] = "Str";
    })(Type || (exports.Type = Type = {}));
    function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
      if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax ? isNumber ? (0, codegen_1._)`"[" + ${dataProp} + "]"` : (0, codegen_1._)`"['" + ${dataProp} + "']"` : isNumber ? (0, codegen_1._)`"/" + ${dataProp}` : (0, codegen_1._)`"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`;
      }
      return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
    }
    exports.getErrorPath = getErrorPath;
    function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
      if (!mode)
        return;
      msg = `strict mode: ${msg}`;
      if (mode === true)
        throw new Error(msg);
      it.self.logger.warn(msg);
    }
    exports.checkStrictMode = checkStrictMode;
  }
});

// node_modules/ajv/dist/compile/names.js
var require_names = __commonJS({
  "node_modules/ajv/dist/compile/names.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var names = {
      // validation function arguments
      data: new codegen_1.Name("data"),
      // data passed to validation function
      // args passed from referencing schema
      valCxt: new codegen_1.Name("valCxt"),
      // validation/data context - should not be used directly, it is destructured to the names below
      instancePath: new codegen_1.Name("instancePath"),
      parentData: new codegen_1.Name("parentData"),
      parentDataProperty: new codegen_1.Name("parentDataProperty"),
      rootData: new codegen_1.Name("rootData"),
      // root data - same as the data passed to the first/top validation function
      dynamicAnchors: new codegen_1.Name("dynamicAnchors"),
      // used to support recursiveRef and dynamicRef
      // function scoped variables
      vErrors: new codegen_1.Name("vErrors"),
      // null or array of validation errors
      errors: new codegen_1.Name("errors"),
      // counter of validation errors
      this: new codegen_1.Name("this"),
      // "globals"
      self: new codegen_1.Name("self"),
      scope: new codegen_1.Name("scope"),
      // JTD serialize/parse name for JSON string and position
      json: new codegen_1.Name("json"),
      jsonPos: new codegen_1.Name("jsonPos"),
      jsonLen: new codegen_1.Name("jsonLen"),
      jsonPart: new codegen_1.Name("jsonPart")
    };
    exports.default = names;
  }
});

// node_modules/ajv/dist/compile/errors.js
var require_errors = __commonJS({
  "node_modules/ajv/dist/compile/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    exports.keywordError = {
      message: ({ keyword }) => (0, codegen_1.str)`must pass "${keyword}" keyword validation`
    };
    exports.keyword$DataError = {
      message: ({ keyword, schemaType }) => schemaType ? (0, codegen_1.str)`"${keyword}" keyword must be ${schemaType} ($data)` : (0, codegen_1.str)`"${keyword}" keyword is invalid ($data)`
    };
    function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : compositeRule || allErrors) {
        addError(gen, errObj);
      } else {
        returnErrors(it, (0, codegen_1._)`[${errObj}]`);
      }
    }
    exports.reportError = reportError;
    function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      addError(gen, errObj);
      if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
      }
    }
    exports.reportExtraError = reportExtraError;
    function resetErrorsCount(gen, errsCount) {
      gen.assign(names_1.default.errors, errsCount);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._)`${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
    }
    exports.resetErrorsCount = resetErrorsCount;
    function extendErrors({ gen, keyword, schemaValue, data, errsCount, it }) {
      if (errsCount === void 0)
        throw new Error("ajv implementation error");
      const err = gen.name("err");
      gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._)`${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._)`${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._)`${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._)`${err}.schemaPath`, (0, codegen_1.str)`${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
          gen.assign((0, codegen_1._)`${err}.schema`, schemaValue);
          gen.assign((0, codegen_1._)`${err}.data`, data);
        }
      });
    }
    exports.extendErrors = extendErrors;
    function addError(gen, errObj) {
      const err = gen.const("err", errObj);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._)`[${err}]`), (0, codegen_1._)`${names_1.default.vErrors}.push(${err})`);
      gen.code((0, codegen_1._)`${names_1.default.errors}++`);
    }
    function returnErrors(it, errs) {
      const { gen, validateName, schemaEnv } = it;
      if (schemaEnv.$async) {
        gen.throw((0, codegen_1._)`new ${it.ValidationError}(${errs})`);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, errs);
        gen.return(false);
      }
    }
    var E = {
      keyword: new codegen_1.Name("keyword"),
      schemaPath: new codegen_1.Name("schemaPath"),
      // also used in JTD errors
      params: new codegen_1.Name("params"),
      propertyName: new codegen_1.Name("propertyName"),
      message: new codegen_1.Name("message"),
      schema: new codegen_1.Name("schema"),
      parentSchema: new codegen_1.Name("parentSchema")
    };
    function errorObjectCode(cxt, error, errorPaths) {
      const { createErrors } = cxt.it;
      if (createErrors === false)
        return (0, codegen_1._)`{}`;
      return errorObject(cxt, error, errorPaths);
    }
    function errorObject(cxt, error, errorPaths = {}) {
      const { gen, it } = cxt;
      const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths)
      ];
      extraErrorProps(cxt, error, keyValues);
      return gen.object(...keyValues);
    }
    function errorInstancePath({ errorPath }, { instancePath }) {
      const instPath = instancePath ? (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}` : errorPath;
      return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
    }
    function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
      let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str)`${errSchemaPath}/${keyword}`;
      if (schemaPath) {
        schPath = (0, codegen_1.str)`${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
      }
      return [E.schemaPath, schPath];
    }
    function extraErrorProps(cxt, { params, message }, keyValues) {
      const { keyword, data, schemaValue, it } = cxt;
      const { opts, propertyName, topSchemaRef, schemaPath } = it;
      keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._)`{}`]);
      if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
      }
      if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._)`${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
      }
      if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
    }
  }
});

// node_modules/ajv/dist/compile/validate/boolSchema.js
var require_boolSchema = __commonJS({
  "node_modules/ajv/dist/compile/validate/boolSchema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var boolError = {
      message: "boolean schema is false"
    };
    function topBoolOrEmptySchema(it) {
      const { gen, schema, validateName } = it;
      if (schema === false) {
        falseSchemaError(it, false);
      } else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, null);
        gen.return(true);
      }
    }
    exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
    function boolOrEmptySchema(it, valid2) {
      const { gen, schema } = it;
      if (schema === false) {
        gen.var(valid2, false);
        falseSchemaError(it);
      } else {
        gen.var(valid2, true);
      }
    }
    exports.boolOrEmptySchema = boolOrEmptySchema;
    function falseSchemaError(it, overrideAllErrors) {
      const { gen, data } = it;
      const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it
      };
      (0, errors_1.reportError)(cxt, boolError, void 0, overrideAllErrors);
    }
  }
});

// node_modules/ajv/dist/compile/rules.js
var require_rules = __commonJS({
  "node_modules/ajv/dist/compile/rules.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getRules = exports.isJSONType = void 0;
    var _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
    var jsonTypes = new Set(_jsonTypes);
    function isJSONType(x) {
      return typeof x == "string" && jsonTypes.has(x);
    }
    exports.isJSONType = isJSONType;
    function getRules() {
      const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] }
      };
      return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {}
      };
    }
    exports.getRules = getRules;
  }
});

// node_modules/ajv/dist/compile/validate/applicability.js
var require_applicability = __commonJS({
  "node_modules/ajv/dist/compile/validate/applicability.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
    function schemaHasRulesForType({ schema, self }, type) {
      const group = self.RULES.types[type];
      return group && group !== true && shouldUseGroup(schema, group);
    }
    exports.schemaHasRulesForType = schemaHasRulesForType;
    function shouldUseGroup(schema, group) {
      return group.rules.some((rule) => shouldUseRule(schema, rule));
    }
    exports.shouldUseGroup = shouldUseGroup;
    function shouldUseRule(schema, rule) {
      var _a;
      return schema[rule.keyword] !== void 0 || ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== void 0));
    }
    exports.shouldUseRule = shouldUseRule;
  }
});

// node_modules/ajv/dist/compile/validate/dataType.js
var require_dataType = __commonJS({
  "node_modules/ajv/dist/compile/validate/dataType.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
    var rules_1 = require_rules();
    var applicability_1 = require_applicability();
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var DataType;
    (function(DataType2) {
      DataType2[DataType2["Correct"] = 0] = "Correct";
      DataType2[DataType2["Wrong"] = 1] = "Wrong";
    })(DataType || (exports.DataType = DataType = {}));
    function getSchemaTypes(schema) {
      const types = getJSONTypes(schema.type);
      const hasNull = types.includes("null");
      if (hasNull) {
        if (schema.nullable === false)
          throw new Error("type: null contradicts nullable: false");
      } else {
        if (!types.length && schema.nullable !== void 0) {
          throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
          types.push("null");
      }
      return types;
    }
    exports.getSchemaTypes = getSchemaTypes;
    function getJSONTypes(ts) {
      const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
      if (types.every(rules_1.isJSONType))
        return types;
      throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
    }
    exports.getJSONTypes = getJSONTypes;
    function coerceAndCheckDataType(it, types) {
      const { gen, data, opts } = it;
      const coerceTo = coerceToTypes(types, opts.coerceTypes);
      const checkTypes = types.length > 0 && !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
      if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
          if (coerceTo.length)
            coerceData(it, types, coerceTo);
          else
            reportTypeError(it);
        });
      }
      return checkTypes;
    }
    exports.coerceAndCheckDataType = coerceAndCheckDataType;
    var COERCIBLE = /* @__PURE__ */ new Set(["string", "number", "integer", "boolean", "null"]);
    function coerceToTypes(types, coerceTypes) {
      return coerceTypes ? types.filter((t) => COERCIBLE.has(t) || coerceTypes === "array" && t === "array") : [];
    }
    function coerceData(it, types, coerceTo) {
      const { gen, data, opts } = it;
      const dataType = gen.let("dataType", (0, codegen_1._)`typeof ${data}`);
      const coerced = gen.let("coerced", (0, codegen_1._)`undefined`);
      if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._)`${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen.assign(data, (0, codegen_1._)`${data}[0]`).assign(dataType, (0, codegen_1._)`typeof ${data}`).if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
      }
      gen.if((0, codegen_1._)`${coerced} !== undefined`);
      for (const t of coerceTo) {
        if (COERCIBLE.has(t) || t === "array" && opts.coerceTypes === "array") {
          coerceSpecificType(t);
        }
      }
      gen.else();
      reportTypeError(it);
      gen.endIf();
      gen.if((0, codegen_1._)`${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
      });
      function coerceSpecificType(t) {
        switch (t) {
          case "string":
            gen.elseIf((0, codegen_1._)`${dataType} == "number" || ${dataType} == "boolean"`).assign(coerced, (0, codegen_1._)`"" + ${data}`).elseIf((0, codegen_1._)`${data} === null`).assign(coerced, (0, codegen_1._)`""`);
            return;
          case "number":
            gen.elseIf((0, codegen_1._)`${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "integer":
            gen.elseIf((0, codegen_1._)`${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "boolean":
            gen.elseIf((0, codegen_1._)`${data} === "false" || ${data} === 0 || ${data} === null`).assign(coerced, false).elseIf((0, codegen_1._)`${data} === "true" || ${data} === 1`).assign(coerced, true);
            return;
          case "null":
            gen.elseIf((0, codegen_1._)`${data} === "" || ${data} === 0 || ${data} === false`);
            gen.assign(coerced, null);
            return;
          case "array":
            gen.elseIf((0, codegen_1._)`${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`).assign(coerced, (0, codegen_1._)`[${data}]`);
        }
      }
    }
    function assignParentData({ gen, parentData, parentDataProperty }, expr) {
      gen.if((0, codegen_1._)`${parentData} !== undefined`, () => gen.assign((0, codegen_1._)`${parentData}[${parentDataProperty}]`, expr));
    }
    function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
      const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
      let cond;
      switch (dataType) {
        case "null":
          return (0, codegen_1._)`${data} ${EQ} null`;
        case "array":
          cond = (0, codegen_1._)`Array.isArray(${data})`;
          break;
        case "object":
          cond = (0, codegen_1._)`${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
          break;
        case "integer":
          cond = numCond((0, codegen_1._)`!(${data} % 1) && !isNaN(${data})`);
          break;
        case "number":
          cond = numCond();
          break;
        default:
          return (0, codegen_1._)`typeof ${data} ${EQ} ${dataType}`;
      }
      return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
      function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._)`typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._)`isFinite(${data})` : codegen_1.nil);
      }
    }
    exports.checkDataType = checkDataType;
    function checkDataTypes(dataTypes, data, strictNums, correct) {
      if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
      }
      let cond;
      const types = (0, util_1.toHash)(dataTypes);
      if (types.array && types.object) {
        const notObj = (0, codegen_1._)`typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._)`!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
      } else {
        cond = codegen_1.nil;
      }
      if (types.number)
        delete types.integer;
      for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
      return cond;
    }
    exports.checkDataTypes = checkDataTypes;
    var typeError = {
      message: ({ schema }) => `must be ${schema}`,
      params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._)`{type: ${schema}}` : (0, codegen_1._)`{type: ${schemaValue}}`
    };
    function reportTypeError(it) {
      const cxt = getTypeErrorContext(it);
      (0, errors_1.reportError)(cxt, typeError);
    }
    exports.reportTypeError = reportTypeError;
    function getTypeErrorContext(it) {
      const { gen, data, schema } = it;
      const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
      return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it
      };
    }
  }
});

// node_modules/ajv/dist/compile/validate/defaults.js
var require_defaults = __commonJS({
  "node_modules/ajv/dist/compile/validate/defaults.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.assignDefaults = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function assignDefaults(it, ty) {
      const { properties, items } = it.schema;
      if (ty === "object" && properties) {
        for (const key in properties) {
          assignDefault(it, key, properties[key].default);
        }
      } else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
      }
    }
    exports.assignDefaults = assignDefaults;
    function assignDefault(it, prop, defaultValue) {
      const { gen, compositeRule, data, opts } = it;
      if (defaultValue === void 0)
        return;
      const childData = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(prop)}`;
      if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
      }
      let condition = (0, codegen_1._)`${childData} === undefined`;
      if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._)`${condition} || ${childData} === null || ${childData} === ""`;
      }
      gen.if(condition, (0, codegen_1._)`${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
    }
  }
});

// node_modules/ajv/dist/vocabularies/code.js
var require_code2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var util_2 = require_util();
    function checkReportMissingProp(cxt, prop) {
      const { gen, data, it } = cxt;
      gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._)`${prop}` }, true);
        cxt.error();
      });
    }
    exports.checkReportMissingProp = checkReportMissingProp;
    function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
      return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._)`${missing} = ${prop}`)));
    }
    exports.checkMissingProp = checkMissingProp;
    function reportMissingProp(cxt, missing) {
      cxt.setParams({ missingProperty: missing }, true);
      cxt.error();
    }
    exports.reportMissingProp = reportMissingProp;
    function hasPropFunc(gen) {
      return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._)`Object.prototype.hasOwnProperty`
      });
    }
    exports.hasPropFunc = hasPropFunc;
    function isOwnProperty(gen, data, property) {
      return (0, codegen_1._)`${hasPropFunc(gen)}.call(${data}, ${property})`;
    }
    exports.isOwnProperty = isOwnProperty;
    function propertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
      return ownProperties ? (0, codegen_1._)`${cond} && ${isOwnProperty(gen, data, property)}` : cond;
    }
    exports.propertyInData = propertyInData;
    function noPropertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} === undefined`;
      return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
    }
    exports.noPropertyInData = noPropertyInData;
    function allSchemaProperties(schemaMap) {
      return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
    }
    exports.allSchemaProperties = allSchemaProperties;
    function schemaProperties(it, schemaMap) {
      return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
    }
    exports.schemaProperties = schemaProperties;
    function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
      const dataAndSchema = passSchema ? (0, codegen_1._)`${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
      const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData]
      ];
      if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
      const args = (0, codegen_1._)`${dataAndSchema}, ${gen.object(...valCxt)}`;
      return context !== codegen_1.nil ? (0, codegen_1._)`${func}.call(${context}, ${args})` : (0, codegen_1._)`${func}(${args})`;
    }
    exports.callValidateCode = callValidateCode;
    var newRegExp = (0, codegen_1._)`new RegExp`;
    function usePattern({ gen, it: { opts } }, pattern) {
      const u = opts.unicodeRegExp ? "u" : "";
      const { regExp } = opts.code;
      const rx = regExp(pattern, u);
      return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._)`${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`
      });
    }
    exports.usePattern = usePattern;
    function validateArray(cxt) {
      const { gen, data, keyword, it } = cxt;
      const valid2 = gen.name("valid");
      if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
      }
      gen.var(valid2, true);
      validateItems(() => gen.break());
      return valid2;
      function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        gen.forRange("i", 0, len, (i) => {
          cxt.subschema({
            keyword,
            dataProp: i,
            dataPropType: util_1.Type.Num
          }, valid2);
          gen.if((0, codegen_1.not)(valid2), notValid);
        });
      }
    }
    exports.validateArray = validateArray;
    function validateUnion(cxt) {
      const { gen, schema, keyword, it } = cxt;
      if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
      const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
      if (alwaysValid && !it.opts.unevaluated)
        return;
      const valid2 = gen.let("valid", false);
      const schValid = gen.name("_valid");
      gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
          keyword,
          schemaProp: i,
          compositeRule: true
        }, schValid);
        gen.assign(valid2, (0, codegen_1._)`${valid2} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        if (!merged)
          gen.if((0, codegen_1.not)(valid2));
      }));
      cxt.result(valid2, () => cxt.reset(), () => cxt.error(true));
    }
    exports.validateUnion = validateUnion;
  }
});

// node_modules/ajv/dist/compile/validate/keyword.js
var require_keyword = __commonJS({
  "node_modules/ajv/dist/compile/validate/keyword.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var code_1 = require_code2();
    var errors_1 = require_errors();
    function macroKeywordCode(cxt, def) {
      const { gen, keyword, schema, parentSchema, it } = cxt;
      const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
      const schemaRef = useKeyword(gen, keyword, macroSchema);
      if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
      const valid2 = gen.name("valid");
      cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true
      }, valid2);
      cxt.pass(valid2, () => cxt.error(true));
    }
    exports.macroKeywordCode = macroKeywordCode;
    function funcKeywordCode(cxt, def) {
      var _a;
      const { gen, keyword, schema, parentSchema, $data, it } = cxt;
      checkAsyncKeyword(it, def);
      const validate = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
      const validateRef = useKeyword(gen, keyword, validate);
      const valid2 = gen.let("valid");
      cxt.block$data(valid2, validateKeyword);
      cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid2);
      function validateKeyword() {
        if (def.errors === false) {
          assignValid();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => cxt.error());
        } else {
          const ruleErrs = def.async ? validateAsync() : validateSync();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => addErrs(cxt, ruleErrs));
        }
      }
      function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._)`await `), (e) => gen.assign(valid2, false).if((0, codegen_1._)`${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._)`${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
      }
      function validateSync() {
        const validateErrs = (0, codegen_1._)`${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
      }
      function assignValid(_await = def.async ? (0, codegen_1._)`await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !("compile" in def && !$data || def.schema === false);
        gen.assign(valid2, (0, codegen_1._)`${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
      }
      function reportErrs(errors) {
        var _a2;
        gen.if((0, codegen_1.not)((_a2 = def.valid) !== null && _a2 !== void 0 ? _a2 : valid2), errors);
      }
    }
    exports.funcKeywordCode = funcKeywordCode;
    function modifyData(cxt) {
      const { gen, data, it } = cxt;
      gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._)`${it.parentData}[${it.parentDataProperty}]`));
    }
    function addErrs(cxt, errs) {
      const { gen } = cxt;
      gen.if((0, codegen_1._)`Array.isArray(${errs})`, () => {
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`).assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
      }, () => cxt.error());
    }
    function checkAsyncKeyword({ schemaEnv }, def) {
      if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
    }
    function useKeyword(gen, keyword, result) {
      if (result === void 0)
        throw new Error(`keyword "${keyword}" failed to compile`);
      return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
    }
    function validSchemaType(schema, schemaType, allowUndefined = false) {
      return !schemaType.length || schemaType.some((st) => st === "array" ? Array.isArray(schema) : st === "object" ? schema && typeof schema == "object" && !Array.isArray(schema) : typeof schema == st || allowUndefined && typeof schema == "undefined");
    }
    exports.validSchemaType = validSchemaType;
    function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
      if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
      }
      const deps = def.dependencies;
      if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
      }
      if (def.validateSchema) {
        const valid2 = def.validateSchema(schema[keyword]);
        if (!valid2) {
          const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` + self.errorsText(def.validateSchema.errors);
          if (opts.validateSchema === "log")
            self.logger.error(msg);
          else
            throw new Error(msg);
        }
      }
    }
    exports.validateKeywordUsage = validateKeywordUsage;
  }
});

// node_modules/ajv/dist/compile/validate/subschema.js
var require_subschema = __commonJS({
  "node_modules/ajv/dist/compile/validate/subschema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
      if (keyword !== void 0 && schema !== void 0) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
      }
      if (keyword !== void 0) {
        const sch = it.schema[keyword];
        return schemaProp === void 0 ? {
          schema: sch,
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}`
        } : {
          schema: sch[schemaProp],
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`
        };
      }
      if (schema !== void 0) {
        if (schemaPath === void 0 || errSchemaPath === void 0 || topSchemaRef === void 0) {
          throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
          schema,
          schemaPath,
          topSchemaRef,
          errSchemaPath
        };
      }
      throw new Error('either "keyword" or "schema" must be passed');
    }
    exports.getSubschema = getSubschema;
    function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
      if (data !== void 0 && dataProp !== void 0) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
      }
      const { gen } = it;
      if (dataProp !== void 0) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._)`${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._)`${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
      }
      if (data !== void 0) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true);
        dataContextProps(nextData);
        if (propertyName !== void 0)
          subschema.propertyName = propertyName;
      }
      if (dataTypes)
        subschema.dataTypes = dataTypes;
      function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = /* @__PURE__ */ new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
      }
    }
    exports.extendSubschemaData = extendSubschemaData;
    function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
      if (compositeRule !== void 0)
        subschema.compositeRule = compositeRule;
      if (createErrors !== void 0)
        subschema.createErrors = createErrors;
      if (allErrors !== void 0)
        subschema.allErrors = allErrors;
      subschema.jtdDiscriminator = jtdDiscriminator;
      subschema.jtdMetadata = jtdMetadata;
    }
    exports.extendSubschemaMode = extendSubschemaMode;
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/json-schema-traverse/index.js
var require_json_schema_traverse = __commonJS({
  "node_modules/json-schema-traverse/index.js"(exports, module) {
    "use strict";
    var traverse = module.exports = function(schema, opts, cb) {
      if (typeof opts == "function") {
        cb = opts;
        opts = {};
      }
      cb = opts.cb || cb;
      var pre = typeof cb == "function" ? cb : cb.pre || function() {
      };
      var post = cb.post || function() {
      };
      _traverse(opts, pre, post, schema, "", schema);
    };
    traverse.keywords = {
      additionalItems: true,
      items: true,
      contains: true,
      additionalProperties: true,
      propertyNames: true,
      not: true,
      if: true,
      then: true,
      else: true
    };
    traverse.arrayKeywords = {
      items: true,
      allOf: true,
      anyOf: true,
      oneOf: true
    };
    traverse.propsKeywords = {
      $defs: true,
      definitions: true,
      properties: true,
      patternProperties: true,
      dependencies: true
    };
    traverse.skipKeywords = {
      default: true,
      enum: true,
      const: true,
      required: true,
      maximum: true,
      minimum: true,
      exclusiveMaximum: true,
      exclusiveMinimum: true,
      multipleOf: true,
      maxLength: true,
      minLength: true,
      pattern: true,
      format: true,
      maxItems: true,
      minItems: true,
      uniqueItems: true,
      maxProperties: true,
      minProperties: true
    };
    function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
      if (schema && typeof schema == "object" && !Array.isArray(schema)) {
        pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
        for (var key in schema) {
          var sch = schema[key];
          if (Array.isArray(sch)) {
            if (key in traverse.arrayKeywords) {
              for (var i = 0; i < sch.length; i++)
                _traverse(opts, pre, post, sch[i], jsonPtr + "/" + key + "/" + i, rootSchema, jsonPtr, key, schema, i);
            }
          } else if (key in traverse.propsKeywords) {
            if (sch && typeof sch == "object") {
              for (var prop in sch)
                _traverse(opts, pre, post, sch[prop], jsonPtr + "/" + key + "/" + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
            }
          } else if (key in traverse.keywords || opts.allKeys && !(key in traverse.skipKeywords)) {
            _traverse(opts, pre, post, sch, jsonPtr + "/" + key, rootSchema, jsonPtr, key, schema);
          }
        }
        post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
      }
    }
    function escapeJsonPtr(str) {
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
  }
});

// node_modules/ajv/dist/compile/resolve.js
var require_resolve = __commonJS({
  "node_modules/ajv/dist/compile/resolve.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
    var util_1 = require_util();
    var equal = require_fast_deep_equal();
    var traverse = require_json_schema_traverse();
    var SIMPLE_INLINED = /* @__PURE__ */ new Set([
      "type",
      "format",
      "pattern",
      "maxLength",
      "minLength",
      "maxProperties",
      "minProperties",
      "maxItems",
      "minItems",
      "maximum",
      "minimum",
      "uniqueItems",
      "multipleOf",
      "required",
      "enum",
      "const"
    ]);
    function inlineRef(schema, limit = true) {
      if (typeof schema == "boolean")
        return true;
      if (limit === true)
        return !hasRef(schema);
      if (!limit)
        return false;
      return countKeys(schema) <= limit;
    }
    exports.inlineRef = inlineRef;
    var REF_KEYWORDS = /* @__PURE__ */ new Set([
      "$ref",
      "$recursiveRef",
      "$recursiveAnchor",
      "$dynamicRef",
      "$dynamicAnchor"
    ]);
    function hasRef(schema) {
      for (const key in schema) {
        if (REF_KEYWORDS.has(key))
          return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
          return true;
        if (typeof sch == "object" && hasRef(sch))
          return true;
      }
      return false;
    }
    function countKeys(schema) {
      let count2 = 0;
      for (const key in schema) {
        if (key === "$ref")
          return Infinity;
        count2++;
        if (SIMPLE_INLINED.has(key))
          continue;
        if (typeof schema[key] == "object") {
          (0, util_1.eachItem)(schema[key], (sch) => count2 += countKeys(sch));
        }
        if (count2 === Infinity)
          return Infinity;
      }
      return count2;
    }
    function getFullPath(resolver, id = "", normalize) {
      if (normalize !== false)
        id = normalizeId(id);
      const p = resolver.parse(id);
      return _getFullPath(resolver, p);
    }
    exports.getFullPath = getFullPath;
    function _getFullPath(resolver, p) {
      const serialized = resolver.serialize(p);
      return serialized.split("#")[0] + "#";
    }
    exports._getFullPath = _getFullPath;
    var TRAILING_SLASH_HASH = /#\/?$/;
    function normalizeId(id) {
      return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
    }
    exports.normalizeId = normalizeId;
    function resolveUrl(resolver, baseId, id) {
      id = normalizeId(id);
      return resolver.resolve(baseId, id);
    }
    exports.resolveUrl = resolveUrl;
    var ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
    function getSchemaRefs(schema, baseId) {
      if (typeof schema == "boolean")
        return {};
      const { schemaId, uriResolver } = this.opts;
      const schId = normalizeId(schema[schemaId] || baseId);
      const baseIds = { "": schId };
      const pathPrefix = getFullPath(uriResolver, schId, false);
      const localRefs = {};
      const schemaRefs = /* @__PURE__ */ new Set();
      traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === void 0)
          return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
          innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
          const _resolve = this.opts.uriResolver.resolve;
          ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
          if (schemaRefs.has(ref))
            throw ambiguos(ref);
          schemaRefs.add(ref);
          let schOrRef = this.refs[ref];
          if (typeof schOrRef == "string")
            schOrRef = this.refs[schOrRef];
          if (typeof schOrRef == "object") {
            checkAmbiguosRef(sch, schOrRef.schema, ref);
          } else if (ref !== normalizeId(fullPath)) {
            if (ref[0] === "#") {
              checkAmbiguosRef(sch, localRefs[ref], ref);
              localRefs[ref] = sch;
            } else {
              this.refs[ref] = fullPath;
            }
          }
          return ref;
        }
        function addAnchor(anchor) {
          if (typeof anchor == "string") {
            if (!ANCHOR.test(anchor))
              throw new Error(`invalid anchor "${anchor}"`);
            addRef.call(this, `#${anchor}`);
          }
        }
      });
      return localRefs;
      function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== void 0 && !equal(sch1, sch2))
          throw ambiguos(ref);
      }
      function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
      }
    }
    exports.getSchemaRefs = getSchemaRefs;
  }
});

// node_modules/ajv/dist/compile/validate/index.js
var require_validate = __commonJS({
  "node_modules/ajv/dist/compile/validate/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
    var boolSchema_1 = require_boolSchema();
    var dataType_1 = require_dataType();
    var applicability_1 = require_applicability();
    var dataType_2 = require_dataType();
    var defaults_1 = require_defaults();
    var keyword_1 = require_keyword();
    var subschema_1 = require_subschema();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var errors_1 = require_errors();
    function validateFunctionCode(it) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          topSchemaObjCode(it);
          return;
        }
      }
      validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
    }
    exports.validateFunctionCode = validateFunctionCode;
    function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
      if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
          gen.code((0, codegen_1._)`"use strict"; ${funcSourceUrl(schema, opts)}`);
          destructureValCxtES5(gen, opts);
          gen.code(body);
        });
      } else {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
      }
    }
    function destructureValCxt(opts) {
      return (0, codegen_1._)`{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._)`, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
    }
    function destructureValCxtES5(gen, opts) {
      gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
      }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`""`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`{}`);
      });
    }
    function topSchemaObjCode(it) {
      const { schema, opts, gen } = it;
      validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
          commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
          resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
      });
      return;
    }
    function resetEvaluated(it) {
      const { gen, validateName } = it;
      it.evaluated = gen.const("evaluated", (0, codegen_1._)`${validateName}.evaluated`);
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._)`${it.evaluated}.props`, (0, codegen_1._)`undefined`));
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._)`${it.evaluated}.items`, (0, codegen_1._)`undefined`));
    }
    function funcSourceUrl(schema, opts) {
      const schId = typeof schema == "object" && schema[opts.schemaId];
      return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._)`/*# sourceURL=${schId} */` : codegen_1.nil;
    }
    function subschemaCode(it, valid2) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          subSchemaObjCode(it, valid2);
          return;
        }
      }
      (0, boolSchema_1.boolOrEmptySchema)(it, valid2);
    }
    function schemaCxtHasRules({ schema, self }) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (self.RULES.all[key])
          return true;
      return false;
    }
    function isSchemaObj(it) {
      return typeof it.schema != "boolean";
    }
    function subSchemaObjCode(it, valid2) {
      const { schema, gen, opts } = it;
      if (opts.$comment && schema.$comment)
        commentKeyword(it);
      updateContext(it);
      checkAsyncSchema(it);
      const errsCount = gen.const("_errs", names_1.default.errors);
      typeAndKeywords(it, errsCount);
      gen.var(valid2, (0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
    }
    function checkKeywords(it) {
      (0, util_1.checkUnknownRules)(it);
      checkRefsAndKeywords(it);
    }
    function typeAndKeywords(it, errsCount) {
      if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
      const types = (0, dataType_1.getSchemaTypes)(it.schema);
      const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
      schemaKeywords(it, types, !checkedTypes, errsCount);
    }
    function checkRefsAndKeywords(it) {
      const { schema, errSchemaPath, opts, self } = it;
      if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
      }
    }
    function checkNoDefault(it) {
      const { schema, opts } = it;
      if (schema.default !== void 0 && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
      }
    }
    function updateContext(it) {
      const schId = it.schema[it.opts.schemaId];
      if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
    }
    function checkAsyncSchema(it) {
      if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
    }
    function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
      const msg = schema.$comment;
      if (opts.$comment === true) {
        gen.code((0, codegen_1._)`${names_1.default.self}.logger.log(${msg})`);
      } else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str)`${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._)`${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
      }
    }
    function returnResults(it) {
      const { gen, schemaEnv, validateName, ValidationError, opts } = it;
      if (schemaEnv.$async) {
        gen.if((0, codegen_1._)`${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._)`new ${ValidationError}(${names_1.default.vErrors})`));
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
          assignEvaluated(it);
        gen.return((0, codegen_1._)`${names_1.default.errors} === 0`);
      }
    }
    function assignEvaluated({ gen, evaluated, props, items }) {
      if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.props`, props);
      if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.items`, items);
    }
    function schemaKeywords(it, types, typeErrors, errsCount) {
      const { gen, schema, data, allErrors, opts, self } = it;
      const { RULES } = self;
      if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition));
        return;
      }
      if (!opts.jtd)
        checkStrictTypes(it, types);
      gen.block(() => {
        for (const group of RULES.rules)
          groupKeywords(group);
        groupKeywords(RULES.post);
      });
      function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
          return;
        if (group.type) {
          gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
          iterateKeywords(it, group);
          if (types.length === 1 && types[0] === group.type && typeErrors) {
            gen.else();
            (0, dataType_2.reportTypeError)(it);
          }
          gen.endIf();
        } else {
          iterateKeywords(it, group);
        }
        if (!allErrors)
          gen.if((0, codegen_1._)`${names_1.default.errors} === ${errsCount || 0}`);
      }
    }
    function iterateKeywords(it, group) {
      const { gen, schema, opts: { useDefaults } } = it;
      if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
      gen.block(() => {
        for (const rule of group.rules) {
          if ((0, applicability_1.shouldUseRule)(schema, rule)) {
            keywordCode(it, rule.keyword, rule.definition, group.type);
          }
        }
      });
    }
    function checkStrictTypes(it, types) {
      if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
      checkContextTypes(it, types);
      if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
      checkKeywordTypes(it, it.dataTypes);
    }
    function checkContextTypes(it, types) {
      if (!types.length)
        return;
      if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
      }
      types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
          strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
      });
      narrowSchemaTypes(it, types);
    }
    function checkMultipleTypes(it, ts) {
      if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
      }
    }
    function checkKeywordTypes(it, ts) {
      const rules = it.self.RULES.all;
      for (const keyword in rules) {
        const rule = rules[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
          const { type } = rule.definition;
          if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
            strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
          }
        }
      }
    }
    function hasApplicableType(schTs, kwdT) {
      return schTs.includes(kwdT) || kwdT === "number" && schTs.includes("integer");
    }
    function includesType(ts, t) {
      return ts.includes(t) || t === "integer" && ts.includes("number");
    }
    function narrowSchemaTypes(it, withTypes) {
      const ts = [];
      for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
          ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
          ts.push("integer");
      }
      it.dataTypes = ts;
    }
    function strictTypesError(it, msg) {
      const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
      msg += ` at "${schemaPath}" (strictTypes)`;
      (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
    }
    var KeywordCxt = class {
      constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
          this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        } else {
          this.schemaCode = this.schemaValue;
          if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
            throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
          }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
          this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
      }
      result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
      }
      failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
          failAction();
        else
          this.error();
        if (successAction) {
          this.gen.else();
          successAction();
          if (this.allErrors)
            this.gen.endIf();
        } else {
          if (this.allErrors)
            this.gen.endIf();
          else
            this.gen.else();
        }
      }
      pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), void 0, failAction);
      }
      fail(condition) {
        if (condition === void 0) {
          this.error();
          if (!this.allErrors)
            this.gen.if(false);
          return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
          this.gen.endIf();
        else
          this.gen.else();
      }
      fail$data(condition) {
        if (!this.$data)
          return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._)`${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
      }
      error(append, errorParams, errorPaths) {
        if (errorParams) {
          this.setParams(errorParams);
          this._error(append, errorPaths);
          this.setParams({});
          return;
        }
        this._error(append, errorPaths);
      }
      _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
      }
      $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
      }
      reset() {
        if (this.errsCount === void 0)
          throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
      }
      ok(cond) {
        if (!this.allErrors)
          this.gen.if(cond);
      }
      setParams(obj, assign) {
        if (assign)
          Object.assign(this.params, obj);
        else
          this.params = obj;
      }
      block$data(valid2, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
          this.check$data(valid2, $dataValid);
          codeBlock();
        });
      }
      check$data(valid2 = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
          return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._)`${schemaCode} === undefined`, $dataValid));
        if (valid2 !== codegen_1.nil)
          gen.assign(valid2, true);
        if (schemaType.length || def.validateSchema) {
          gen.elseIf(this.invalid$data());
          this.$dataError();
          if (valid2 !== codegen_1.nil)
            gen.assign(valid2, false);
        }
        gen.else();
      }
      invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
          if (schemaType.length) {
            if (!(schemaCode instanceof codegen_1.Name))
              throw new Error("ajv implementation error");
            const st = Array.isArray(schemaType) ? schemaType : [schemaType];
            return (0, codegen_1._)`${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
          }
          return codegen_1.nil;
        }
        function invalid$DataSchema() {
          if (def.validateSchema) {
            const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema });
            return (0, codegen_1._)`!${validateSchemaRef}(${schemaCode})`;
          }
          return codegen_1.nil;
        }
      }
      subschema(appl, valid2) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: void 0, props: void 0 };
        subschemaCode(nextContext, valid2);
        return nextContext;
      }
      mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
          return;
        if (it.props !== true && schemaCxt.props !== void 0) {
          it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== void 0) {
          it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
      }
      mergeValidEvaluated(schemaCxt, valid2) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
          gen.if(valid2, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
          return true;
        }
      }
    };
    exports.KeywordCxt = KeywordCxt;
    function keywordCode(it, keyword, def, ruleType) {
      const cxt = new KeywordCxt(it, def, keyword);
      if ("code" in def) {
        def.code(cxt, ruleType);
      } else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      } else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
      } else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      }
    }
    var JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
    var RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
    function getData($data, { dataLevel, dataNames, dataPathArr }) {
      let jsonPointer;
      let data;
      if ($data === "")
        return names_1.default.rootData;
      if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
      } else {
        const matches2 = RELATIVE_JSON_POINTER.exec($data);
        if (!matches2)
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches2[1];
        jsonPointer = matches2[2];
        if (jsonPointer === "#") {
          if (up >= dataLevel)
            throw new Error(errorMsg("property/index", up));
          return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
          throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
          return data;
      }
      let expr = data;
      const segments = jsonPointer.split("/");
      for (const segment of segments) {
        if (segment) {
          data = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
          expr = (0, codegen_1._)`${expr} && ${data}`;
        }
      }
      return expr;
      function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
      }
    }
    exports.getData = getData;
  }
});

// node_modules/ajv/dist/runtime/validation_error.js
var require_validation_error = __commonJS({
  "node_modules/ajv/dist/runtime/validation_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var ValidationError = class extends Error {
      constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
      }
    };
    exports.default = ValidationError;
  }
});

// node_modules/ajv/dist/compile/ref_error.js
var require_ref_error = __commonJS({
  "node_modules/ajv/dist/compile/ref_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var resolve_1 = require_resolve();
    var MissingRefError = class extends Error {
      constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
      }
    };
    exports.default = MissingRefError;
  }
});

// node_modules/ajv/dist/compile/index.js
var require_compile = __commonJS({
  "node_modules/ajv/dist/compile/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
    var codegen_1 = require_codegen();
    var validation_error_1 = require_validation_error();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var validate_1 = require_validate();
    var SchemaEnv = class {
      constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
          schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
      }
    };
    exports.SchemaEnv = SchemaEnv;
    function compileSchema(sch) {
      const _sch = getCompilingSchema.call(this, sch);
      if (_sch)
        return _sch;
      const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId);
      const { es5, lines } = this.opts.code;
      const { ownProperties } = this.opts;
      const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
      let _ValidationError;
      if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
          ref: validation_error_1.default,
          code: (0, codegen_1._)`require("ajv/dist/runtime/validation_error").default`
        });
      }
      const validateName = gen.scopeName("validate");
      sch.validateName = validateName;
      const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil],
        // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: /* @__PURE__ */ new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) } : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._)`""`,
        opts: this.opts,
        self: this
      };
      let sourceCode;
      try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        if (this.opts.code.process)
          sourceCode = this.opts.code.process(sourceCode, sch);
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate });
        validate.errors = null;
        validate.schema = sch.schema;
        validate.schemaEnv = sch;
        if (sch.$async)
          validate.$async = true;
        if (this.opts.code.source === true) {
          validate.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
          const { props, items } = schemaCxt;
          validate.evaluated = {
            props: props instanceof codegen_1.Name ? void 0 : props,
            items: items instanceof codegen_1.Name ? void 0 : items,
            dynamicProps: props instanceof codegen_1.Name,
            dynamicItems: items instanceof codegen_1.Name
          };
          if (validate.source)
            validate.source.evaluated = (0, codegen_1.stringify)(validate.evaluated);
        }
        sch.validate = validate;
        return sch;
      } catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
          this.logger.error("Error compiling schema, function code:", sourceCode);
        throw e;
      } finally {
        this._compilations.delete(sch);
      }
    }
    exports.compileSchema = compileSchema;
    function resolveRef(root, baseId, ref) {
      var _a;
      ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
      const schOrFunc = root.refs[ref];
      if (schOrFunc)
        return schOrFunc;
      let _sch = resolve13.call(this, root, ref);
      if (_sch === void 0) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref];
        const { schemaId } = this.opts;
        if (schema)
          _sch = new SchemaEnv({ schema, schemaId, root, baseId });
      }
      if (_sch === void 0)
        return;
      return root.refs[ref] = inlineOrCompile.call(this, _sch);
    }
    exports.resolveRef = resolveRef;
    function inlineOrCompile(sch) {
      if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
      return sch.validate ? sch : compileSchema.call(this, sch);
    }
    function getCompilingSchema(schEnv) {
      for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
          return sch;
      }
    }
    exports.getCompilingSchema = getCompilingSchema;
    function sameSchemaEnv(s1, s2) {
      return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
    }
    function resolve13(root, ref) {
      let sch;
      while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
      return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
    }
    function resolveSchema(root, ref) {
      const p = this.opts.uriResolver.parse(ref);
      const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
      let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, void 0);
      if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
      }
      const id = (0, resolve_1.normalizeId)(refPath);
      const schOrRef = this.refs[id] || this.schemas[id];
      if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
          return;
        return getJsonPointer.call(this, p, sch);
      }
      if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
      if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
      if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
      }
      return getJsonPointer.call(this, p, schOrRef);
    }
    exports.resolveSchema = resolveSchema;
    var PREVENT_SCOPE_CHANGE = /* @__PURE__ */ new Set([
      "properties",
      "patternProperties",
      "enum",
      "dependencies",
      "definitions"
    ]);
    function getJsonPointer(parsedRef, { baseId, schema, root }) {
      var _a;
      if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
      for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
          return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === void 0)
          return;
        schema = partSchema;
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
      }
      let env;
      if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
      }
      const { schemaId } = this.opts;
      env = env || new SchemaEnv({ schema, schemaId, root, baseId });
      if (env.schema !== env.root.schema)
        return env;
      return void 0;
    }
  }
});

// node_modules/ajv/dist/refs/data.json
var require_data = __commonJS({
  "node_modules/ajv/dist/refs/data.json"(exports, module) {
    module.exports = {
      $id: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
      description: "Meta-schema for $data reference (JSON AnySchema extension proposal)",
      type: "object",
      required: ["$data"],
      properties: {
        $data: {
          type: "string",
          anyOf: [{ format: "relative-json-pointer" }, { format: "json-pointer" }]
        }
      },
      additionalProperties: false
    };
  }
});

// node_modules/fast-uri/lib/utils.js
var require_utils = __commonJS({
  "node_modules/fast-uri/lib/utils.js"(exports, module) {
    "use strict";
    var isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu);
    var isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u);
    var isPort = RegExp.prototype.test.bind(/^\d*$/u);
    var isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu);
    var isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu);
    var isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u);
    var isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u);
    var isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u);
    var BYTE_HEX = new Array(256);
    {
      const HEX_DIGITS = "0123456789ABCDEF";
      for (let i = 0; i < 256; i++) {
        BYTE_HEX[i] = "%" + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 15];
      }
    }
    function percentEncodeNonAscii(cp) {
      if (cp < 2048) {
        return BYTE_HEX[192 | cp >> 6] + BYTE_HEX[128 | cp & 63];
      }
      if (cp < 65536) {
        return BYTE_HEX[224 | cp >> 12] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
      }
      return BYTE_HEX[240 | cp >> 18] + BYTE_HEX[128 | cp >> 12 & 63] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
    }
    function stringArrayToHexStripped(input) {
      let acc = "";
      let code = 0;
      let i = 0;
      for (i = 0; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (code === 48) {
          continue;
        }
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
        break;
      }
      for (i += 1; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
      }
      return acc;
    }
    var isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/);
    var isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/);
    var isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/);
    var nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u);
    function isZoneIdentifier(zone) {
      if (zone.length === 0) return false;
      for (let i = 0; i < zone.length; i++) {
        if (isZoneCharacter(zone[i])) continue;
        if (zone[i] === "%" && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
          i += 2;
          continue;
        }
        return false;
      }
      return true;
    }
    function compressIPv6ZeroRun(hextets) {
      let bestStart = -1;
      let bestLength = 0;
      let runStart = -1;
      let runLength = 0;
      for (let i = 0; i < hextets.length; i++) {
        if (hextets[i] === "0") {
          if (runStart === -1) runStart = i;
          runLength++;
          if (runLength > bestLength) {
            bestLength = runLength;
            bestStart = runStart;
          }
        } else {
          runStart = -1;
          runLength = 0;
        }
      }
      if (bestLength < 2) return hextets.join(":");
      const head = hextets.slice(0, bestStart).join(":");
      const tail = hextets.slice(bestStart + bestLength).join(":");
      return head + "::" + tail;
    }
    function normalizeIPv6Address(input) {
      const compression = input.indexOf("::");
      if (compression !== -1 && input.indexOf("::", compression + 1) !== -1) return void 0;
      const left = compression === -1 ? input.split(":") : input.slice(0, compression).split(":");
      const right = compression === -1 ? [] : input.slice(compression + 2).split(":");
      if (compression !== -1) {
        if (left.length === 1 && left[0] === "") left.length = 0;
        if (right.length === 1 && right[0] === "") right.length = 0;
      }
      const parts = left.concat(right);
      let hextetCount = 0;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (part === "") return void 0;
        if (part.indexOf(".") !== -1) {
          if (i !== parts.length - 1 || compression !== -1 && right.length === 0 || !isIPv4(part)) return void 0;
          hextetCount += 2;
          continue;
        }
        if (!isHextet(part)) return void 0;
        parts[i] = parseInt(part, 16).toString(16);
        hextetCount++;
      }
      if (compression === -1) {
        if (hextetCount !== 8) return void 0;
        return compressIPv6ZeroRun(parts);
      }
      if (hextetCount >= 8) return void 0;
      const expanded = parts.slice(0, left.length);
      for (let i = hextetCount; i < 8; i++) expanded.push("0");
      for (let i = left.length; i < parts.length; i++) expanded.push(parts[i]);
      return compressIPv6ZeroRun(expanded);
    }
    function normalizeIPv6(host) {
      const bracketed = host[0] === "[" && host[host.length - 1] === "]";
      const hasBracket = host[0] === "[" || host[host.length - 1] === "]";
      if (hasBracket && !bracketed) return { host, isIPV6: false, error: true };
      let input = bracketed ? host.slice(1, -1) : host;
      if (bracketed && isIPvFuture(input)) {
        input = input.toLowerCase();
        return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true };
      }
      if (findToken(input, ":") < 2) {
        return { host, isIPV6: false, error: bracketed };
      }
      let zoneIdentifier = "";
      const zoneSeparator = input.indexOf("%");
      if (zoneSeparator !== -1) {
        const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === "%25" ? 3 : 1;
        zoneIdentifier = input.slice(zoneSeparator + separatorLength);
        if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true };
        input = input.slice(0, zoneSeparator);
      }
      const address = normalizeIPv6Address(input);
      if (address === void 0) return { host, isIPV6: false, error: true };
      return {
        host: address + (zoneIdentifier ? "%" + zoneIdentifier : ""),
        escapedHost: address + (zoneIdentifier ? "%25" + zoneIdentifier : ""),
        isIPV6: true
      };
    }
    function findToken(str, token) {
      let ind = 0;
      for (let i = 0; i < str.length; i++) {
        if (str[i] === token) ind++;
      }
      return ind;
    }
    function removeDotSegments(path) {
      let input = path;
      const output = [];
      let nextSlash = -1;
      let len = 0;
      while (len = input.length) {
        if (len === 1) {
          if (input === ".") {
            break;
          } else if (input === "/") {
            output.push("/");
            break;
          } else {
            output.push(input);
            break;
          }
        } else if (len === 2) {
          if (input[0] === ".") {
            if (input[1] === ".") {
              break;
            } else if (input[1] === "/") {
              input = input.slice(2);
              continue;
            }
          } else if (input[0] === "/") {
            if (input[1] === "." || input[1] === "/") {
              output.push("/");
              break;
            }
          }
        } else if (len === 3) {
          if (input === "/..") {
            if (output.length !== 0) {
              output.pop();
            }
            output.push("/");
            break;
          }
        }
        if (input[0] === ".") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(3);
              continue;
            }
          } else if (input[1] === "/") {
            input = input.slice(2);
            continue;
          }
        } else if (input[0] === "/") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(2);
              continue;
            } else if (input[2] === ".") {
              if (input[3] === "/") {
                input = input.slice(3);
                if (output.length !== 0) {
                  output.pop();
                }
                continue;
              }
            }
          }
        }
        if ((nextSlash = input.indexOf("/", 1)) === -1) {
          output.push(input);
          break;
        } else {
          output.push(input.slice(0, nextSlash));
          input = input.slice(nextSlash);
        }
      }
      return output.join("");
    }
    function removeDotSegmentsRelative(path) {
      if (path === "" || path[0] === "/") {
        return removeDotSegments(path);
      }
      const segments = path.split("/");
      const last = segments.length - 1;
      const output = [];
      let trailingDirectory = false;
      for (let i = 0; i <= last; i++) {
        const segment = segments[i];
        if (segment === "." || segment === "..") {
          if (segment === "..") {
            if (output.length !== 0 && output[output.length - 1] !== "..") {
              output.pop();
            } else {
              output.push("..");
            }
          }
          trailingDirectory = i === last;
        } else {
          output.push(segment);
        }
      }
      if (trailingDirectory && output[output.length - 1] !== "..") {
        output.push("");
      }
      if (output.length === 0 || output[0] === "" || output[0].includes(":")) {
        output.unshift(".");
      }
      return output.join("/");
    }
    var HOST_DELIMS = { "@": "%40", "/": "%2F", "?": "%3F", "#": "%23", ":": "%3A" };
    var HOST_DELIM_RE = /[@/?#:]/g;
    var HOST_DELIM_NO_COLON_RE = /[@/?#]/g;
    function reescapeHostDelimiters(host, isIP) {
      const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE;
      re.lastIndex = 0;
      return host.replace(re, (ch) => HOST_DELIMS[ch]);
    }
    function normalizePercentEncoding(input, decodeUnreserved = false) {
      if (input.indexOf("%") === -1) {
        return input;
      }
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decodeUnreserved && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        output += input[i];
      }
      return output;
    }
    function normalizePathEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decoded !== "." && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isPathCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function serializePathEncoding(input, pathNoScheme = false) {
      let output = "";
      let firstSegment = pathNoScheme && input[0] !== "/";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (ch === "/") {
          firstSegment = false;
        }
        if (isPathCharacter(ch) && (ch !== ":" || !firstSegment)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeComponent(input, isAllowed) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (isAllowed(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeUserinfo(input) {
      return encodeComponent(input, isUserinfoCharacter);
    }
    function encodeQuery(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function encodeFragment(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function isEscapeSafe(cp) {
      return cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122 || cp === 42 || cp === 43 || cp === 45 || cp === 46 || cp === 47 || cp === 64 || cp === 95;
    }
    function normalizeQueryFragmentEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isQueryFragmentCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function escapePreservingEscapes(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        output += escape(input[i]);
      }
      return output;
    }
    function recomposeAuthority(component) {
      const uriTokens = [];
      if (component.userinfo !== void 0) {
        uriTokens.push(encodeUserinfo(component.userinfo));
        uriTokens.push("@");
      }
      if (component.host !== void 0) {
        let host = component.host;
        if (!isIPv4(host)) {
          let ipV6res = normalizeIPv6(host);
          if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
            host = normalizePercentEncoding(host, true);
            ipV6res = normalizeIPv6(host);
          }
          if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
            host = `[${ipV6res.escapedHost}]`;
          } else {
            host = reescapeHostDelimiters(host, false);
          }
        }
        uriTokens.push(host);
      }
      if (typeof component.port === "number" || typeof component.port === "string") {
        const port = String(component.port);
        if (!isPort(port)) {
          throw new TypeError("URI port is malformed.");
        }
        uriTokens.push(":");
        uriTokens.push(port);
      }
      return uriTokens.length ? uriTokens.join("") : void 0;
    }
    module.exports = {
      nonSimpleDomain,
      recomposeAuthority,
      reescapeHostDelimiters,
      normalizePercentEncoding,
      normalizePathEncoding,
      serializePathEncoding,
      normalizeQueryFragmentEncoding,
      encodeUserinfo,
      encodeQuery,
      encodeFragment,
      escapePreservingEscapes,
      removeDotSegments,
      removeDotSegmentsRelative,
      isIPv4,
      isUUID,
      normalizeIPv6,
      stringArrayToHexStripped
    };
  }
});

// node_modules/fast-uri/lib/schemes.js
var require_schemes = __commonJS({
  "node_modules/fast-uri/lib/schemes.js"(exports, module) {
    "use strict";
    var { isUUID } = require_utils();
    var URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu;
    var supportedSchemeNames = (
      /** @type {const} */
      [
        "http",
        "https",
        "ws",
        "wss",
        "urn",
        "urn:uuid"
      ]
    );
    function isValidSchemeName(name) {
      return supportedSchemeNames.indexOf(
        /** @type {*} */
        name
      ) !== -1;
    }
    function wsIsSecure(wsComponent) {
      if (wsComponent.secure === true) {
        return true;
      } else if (wsComponent.secure === false) {
        return false;
      } else if (wsComponent.scheme) {
        return wsComponent.scheme.length === 3 && (wsComponent.scheme[0] === "w" || wsComponent.scheme[0] === "W") && (wsComponent.scheme[1] === "s" || wsComponent.scheme[1] === "S") && (wsComponent.scheme[2] === "s" || wsComponent.scheme[2] === "S");
      } else {
        return false;
      }
    }
    function httpParse(component) {
      if (!component.host) {
        component.error = component.error || "HTTP URIs must have a host.";
      }
      return component;
    }
    function httpSerialize(component) {
      const secure = String(component.scheme).toLowerCase() === "https";
      if (component.port === (secure ? 443 : 80) || component.port === "") {
        component.port = void 0;
      }
      if (!component.path) {
        component.path = "/";
      }
      return component;
    }
    function wsParse(wsComponent) {
      wsComponent.secure = wsIsSecure(wsComponent);
      wsComponent.resourceName = (wsComponent.path || "/") + (wsComponent.query ? "?" + wsComponent.query : "");
      wsComponent.path = void 0;
      wsComponent.query = void 0;
      return wsComponent;
    }
    function wsSerialize(wsComponent) {
      if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === "") {
        wsComponent.port = void 0;
      }
      if (typeof wsComponent.secure === "boolean") {
        wsComponent.scheme = wsComponent.secure ? "wss" : "ws";
        wsComponent.secure = void 0;
      }
      if (wsComponent.resourceName) {
        const queryIndex = wsComponent.resourceName.indexOf("?");
        const path = queryIndex === -1 ? wsComponent.resourceName : wsComponent.resourceName.slice(0, queryIndex);
        wsComponent.path = path && path !== "/" ? path : void 0;
        wsComponent.query = queryIndex === -1 ? void 0 : wsComponent.resourceName.slice(queryIndex + 1);
        wsComponent.resourceName = void 0;
      }
      wsComponent.fragment = void 0;
      return wsComponent;
    }
    function urnParse(urnComponent, options) {
      if (!urnComponent.path) {
        urnComponent.error = "URN can not be parsed";
        return urnComponent;
      }
      const matches2 = urnComponent.path.match(URN_REG);
      if (matches2 && matches2[0] === urnComponent.path) {
        const scheme = options.scheme || urnComponent.scheme || "urn";
        urnComponent.nid = matches2[1].toLowerCase();
        urnComponent.nss = matches2[2];
        const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`;
        const schemeHandler = getSchemeHandler(urnScheme);
        urnComponent.path = void 0;
        if (schemeHandler) {
          urnComponent = schemeHandler.parse(urnComponent, options);
        }
      } else {
        urnComponent.error = urnComponent.error || "URN can not be parsed.";
      }
      return urnComponent;
    }
    function urnSerialize(urnComponent, options) {
      if (urnComponent.nid === void 0) {
        throw new Error("URN without nid cannot be serialized");
      }
      const scheme = options.scheme || urnComponent.scheme || "urn";
      const nid = urnComponent.nid.toLowerCase();
      const urnScheme = `${scheme}:${options.nid || nid}`;
      const schemeHandler = getSchemeHandler(urnScheme);
      if (schemeHandler) {
        urnComponent = schemeHandler.serialize(urnComponent, options);
      }
      const uriComponent = urnComponent;
      const nss = urnComponent.nss;
      uriComponent.path = `${nid || options.nid}:${nss}`;
      options.skipEscape = true;
      return uriComponent;
    }
    function urnuuidParse(urnComponent, options) {
      const uuidComponent = urnComponent;
      uuidComponent.uuid = uuidComponent.nss;
      uuidComponent.nss = void 0;
      if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
        uuidComponent.error = uuidComponent.error || "UUID is not valid.";
      }
      return uuidComponent;
    }
    function urnuuidSerialize(uuidComponent) {
      const urnComponent = uuidComponent;
      urnComponent.nss = (uuidComponent.uuid || "").toLowerCase();
      return urnComponent;
    }
    var http = (
      /** @type {SchemeHandler} */
      {
        scheme: "http",
        domainHost: true,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var https = (
      /** @type {SchemeHandler} */
      {
        scheme: "https",
        domainHost: http.domainHost,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var ws = (
      /** @type {SchemeHandler} */
      {
        scheme: "ws",
        domainHost: true,
        parse: wsParse,
        serialize: wsSerialize
      }
    );
    var wss = (
      /** @type {SchemeHandler} */
      {
        scheme: "wss",
        domainHost: ws.domainHost,
        parse: ws.parse,
        serialize: ws.serialize
      }
    );
    var urn = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn",
        parse: urnParse,
        serialize: urnSerialize,
        skipNormalize: true
      }
    );
    var urnuuid = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn:uuid",
        parse: urnuuidParse,
        serialize: urnuuidSerialize,
        skipNormalize: true
      }
    );
    var SCHEMES = (
      /** @type {Record<SchemeName, SchemeHandler>} */
      {
        http,
        https,
        ws,
        wss,
        urn,
        "urn:uuid": urnuuid
      }
    );
    Object.setPrototypeOf(SCHEMES, null);
    function getSchemeHandler(scheme) {
      return scheme && (SCHEMES[
        /** @type {SchemeName} */
        scheme
      ] || SCHEMES[
        /** @type {SchemeName} */
        scheme.toLowerCase()
      ]) || void 0;
    }
    module.exports = {
      wsIsSecure,
      SCHEMES,
      isValidSchemeName,
      getSchemeHandler
    };
  }
});

// node_modules/fast-uri/index.js
var require_fast_uri = __commonJS({
  "node_modules/fast-uri/index.js"(exports, module) {
    "use strict";
    var { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = require_utils();
    var { SCHEMES, getSchemeHandler } = require_schemes();
    var VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u;
    var MALFORMED_SCHEME_ERROR = "URI scheme is malformed.";
    var MALFORMED_HOST_ERROR = "URI host is malformed.";
    var FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u;
    function validateScheme(scheme) {
      const stringScheme = String(scheme);
      if (!VALID_SCHEME.test(stringScheme)) {
        throw new TypeError(MALFORMED_SCHEME_ERROR);
      }
      return stringScheme;
    }
    function normalize(uri, options) {
      if (typeof uri === "string") {
        uri = /** @type {T} */
        normalizeString(uri, options);
      } else if (typeof uri === "object") {
        uri = /** @type {T} */
        parse(serialize(uri, options), options);
      }
      return uri;
    }
    function resolve13(baseURI, relativeURI, options) {
      const schemelessOptions = options ? Object.assign({ scheme: "null" }, options) : { scheme: "null" };
      const {
        parsed: baseParsed,
        malformedAuthorityOrPort: baseMalformed,
        malformedPercentEncoding: baseMalformedPercentEncoding,
        malformedSchemeSpecific: baseMalformedSchemeSpecific,
        malformedHost: baseMalformedHost,
        malformedScheme: baseMalformedScheme
      } = parseWithStatus(baseURI, schemelessOptions);
      const {
        parsed: relativeParsed,
        malformedAuthorityOrPort: relativeMalformed,
        malformedPercentEncoding: relativeMalformedPercentEncoding,
        malformedSchemeSpecific: relativeMalformedSchemeSpecific,
        malformedHost: relativeMalformedHost,
        malformedScheme: relativeMalformedScheme
      } = parseWithStatus(relativeURI, schemelessOptions);
      if (baseMalformed || relativeMalformed || baseMalformedPercentEncoding || relativeMalformedPercentEncoding || baseMalformedSchemeSpecific || relativeMalformedSchemeSpecific || baseMalformedHost || relativeMalformedHost || baseMalformedScheme || relativeMalformedScheme) {
        throw new Error(baseParsed.error || relativeParsed.error || "URI is malformed.");
      }
      const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true);
      const resolvedSchemeHandler = getSchemeHandler(options && options.scheme || resolved.scheme);
      const resolvedHost = resolved.host;
      const resolvedHostIsIP = resolvedHost !== void 0 && resolvedHost !== "" && (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6);
      if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
        throw new Error(MALFORMED_HOST_ERROR);
      }
      canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP);
      const encodedASCIIHost = resolvedHost && resolvedHost.indexOf("%") !== -1 && !new RegExp("\\P{ASCII}", "u").test(resolvedHost);
      if (resolved.error && !encodedASCIIHost) {
        throw new Error(resolved.error);
      }
      schemelessOptions.skipEscape = true;
      return serialize(resolved, schemelessOptions);
    }
    function resolveComponent(base, relative3, options, skipNormalization) {
      const target = {};
      if (!skipNormalization) {
        base = parse(serialize(base, options), options);
        relative3 = parse(serialize(relative3, options), options);
      }
      options = options || {};
      if (!options.tolerant && relative3.scheme) {
        target.scheme = relative3.scheme;
        target.userinfo = relative3.userinfo;
        target.host = relative3.host;
        target.port = relative3.port;
        target.path = removeDotSegments(relative3.path || "");
        target.query = relative3.query;
      } else {
        if (relative3.userinfo !== void 0 || relative3.host !== void 0 || relative3.port !== void 0) {
          target.userinfo = relative3.userinfo;
          target.host = relative3.host;
          target.port = relative3.port;
          target.path = removeDotSegments(relative3.path || "");
          target.query = relative3.query;
        } else {
          if (!relative3.path) {
            target.path = base.path;
            if (relative3.query !== void 0) {
              target.query = relative3.query;
            } else {
              target.query = base.query;
            }
          } else {
            if (relative3.path[0] === "/") {
              target.path = removeDotSegments(relative3.path);
            } else {
              const baseHasAuthority = base.userinfo !== void 0 || base.host !== void 0 || base.port !== void 0;
              if (baseHasAuthority && !base.path) {
                target.path = "/" + relative3.path;
              } else if (!base.path) {
                target.path = relative3.path;
              } else {
                target.path = base.path.slice(0, base.path.lastIndexOf("/") + 1) + relative3.path;
              }
              target.path = base.scheme === void 0 && !baseHasAuthority && target.path[0] !== "/" ? removeDotSegmentsRelative(target.path) : removeDotSegments(target.path);
            }
            target.query = relative3.query;
          }
          target.userinfo = base.userinfo;
          target.host = base.host;
          target.port = base.port;
        }
        target.scheme = base.scheme;
      }
      target.fragment = relative3.fragment;
      return target;
    }
    function equal(uriA, uriB, options) {
      const normalizedA = normalizeComparableURI(uriA, options);
      const normalizedB = normalizeComparableURI(uriB, options);
      return normalizedA !== void 0 && normalizedB !== void 0 && normalizedA === normalizedB;
    }
    function serialize(cmpts, opts) {
      const component = {
        host: cmpts.host,
        scheme: cmpts.scheme,
        userinfo: cmpts.userinfo,
        port: cmpts.port,
        path: cmpts.path,
        query: cmpts.query,
        nid: cmpts.nid,
        nss: cmpts.nss,
        uuid: cmpts.uuid,
        fragment: cmpts.fragment,
        reference: cmpts.reference,
        resourceName: cmpts.resourceName,
        secure: cmpts.secure,
        error: ""
      };
      const options = Object.assign({}, opts);
      const uriTokens = [];
      if (component.scheme) {
        component.scheme = validateScheme(component.scheme);
      }
      const schemeHandler = getSchemeHandler(options.scheme || component.scheme);
      if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options);
      const hasAuthority = component.userinfo !== void 0 || component.host !== void 0 || component.port !== void 0;
      const schemelessReference = (component.scheme === void 0 || options.reference === "suffix") && !hasAuthority;
      const pathNoScheme = !options.skipEscape && schemelessReference;
      if (component.path !== void 0) {
        if (!options.skipEscape) {
          component.path = serializePathEncoding(component.path, pathNoScheme);
        } else {
          component.path = normalizePercentEncoding(component.path);
        }
      }
      if (options.reference !== "suffix" && component.scheme) {
        component.scheme = validateScheme(component.scheme);
        uriTokens.push(component.scheme, ":");
      }
      const authority = recomposeAuthority(component);
      if (authority !== void 0) {
        if (options.reference !== "suffix") {
          uriTokens.push("//");
        }
        uriTokens.push(authority);
        if (component.path && component.path[0] !== "/") {
          uriTokens.push("/");
        }
      }
      if (component.path !== void 0) {
        let s = component.path;
        if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
          s = schemelessReference && s[0] !== "/" ? removeDotSegmentsRelative(s) : removeDotSegments(s);
        }
        if (schemelessReference) {
          s = serializePathEncoding(s, true);
        }
        if (authority === void 0 && s[0] === "/" && s[1] === "/") {
          s = "/%2F" + s.slice(2);
        }
        uriTokens.push(s);
      }
      if (component.query !== void 0) {
        uriTokens.push("?", encodeQuery(component.query));
      }
      if (component.fragment !== void 0) {
        uriTokens.push("#", encodeFragment(component.fragment));
      }
      return uriTokens.join("");
    }
    var URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u;
    var AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/;
    var AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/;
    function getParseError(parsed, matches2) {
      if (matches2[2] !== void 0 && parsed.path && parsed.path[0] !== "/") {
        return 'URI path must start with "/" when authority is present.';
      }
      if (typeof parsed.port === "number" && (parsed.port < 0 || parsed.port > 65535)) {
        return "URI port is malformed.";
      }
      return void 0;
    }
    function hasMalformedPercentEncoding(component) {
      if (component === void 0) return false;
      let percent = component.indexOf("%");
      while (percent !== -1) {
        if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
          return true;
        }
        percent = component.indexOf("%", percent + 3);
      }
      return false;
    }
    function isIPLiteral(host) {
      return host[0] === "[" && host[host.length - 1] === "]";
    }
    function hasMalformedComponentPercentEncoding(matches2) {
      const host = matches2[4];
      return hasMalformedPercentEncoding(matches2[3]) || host !== void 0 && !isIPLiteral(host) && hasMalformedPercentEncoding(host) || hasMalformedPercentEncoding(matches2[6]) || hasMalformedPercentEncoding(matches2[7]) || hasMalformedPercentEncoding(matches2[8]);
    }
    function canonicalizeHost(parsed, options, schemeHandler, isIP) {
      if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
        parsed.error = parsed.error || MALFORMED_HOST_ERROR;
        return true;
      }
      if (!options.unicodeSupport && (!schemeHandler || !schemeHandler.unicodeSupport) && parsed.host && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && isIP === false && nonSimpleDomain(parsed.host)) {
        let url;
        try {
          url = new URL("http://" + parsed.host);
        } catch (e) {
          parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e;
          return true;
        }
        if (!isHostOnlyURL(url)) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR;
          return true;
        }
        parsed.host = url.hostname;
      }
      return false;
    }
    function hasForbiddenDomainHost(parsed, options, schemeHandler, isIP) {
      return Boolean(
        parsed.host && isIP === false && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
      );
    }
    function isHostOnlyURL(url) {
      return url.username === "" && url.password === "" && url.port === "" && url.pathname === "/" && url.search === "" && url.hash === "" && url.hostname !== "";
    }
    function parseWithStatus(uri, opts) {
      const options = Object.assign({}, opts);
      const parsed = {
        scheme: void 0,
        userinfo: void 0,
        host: "",
        port: void 0,
        path: "",
        query: void 0,
        fragment: void 0
      };
      let malformedAuthorityOrPort = false;
      let malformedPercentEncoding = false;
      let malformedSchemeSpecific = false;
      let malformedHost = false;
      let malformedIPLiteral = false;
      let malformedScheme = false;
      let isIP = false;
      if (options.reference === "suffix") {
        if (options.scheme) {
          uri = options.scheme + ":" + uri;
        } else {
          uri = "//" + uri;
        }
      }
      const authorityMatch = uri.match(AUTHORITY_PREFIX);
      if (authorityMatch !== null && authorityMatch[1].indexOf("\\") !== -1) {
        parsed.error = "URI authority must not contain a literal backslash.";
        malformedAuthorityOrPort = true;
      }
      const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION);
      if (introducerMatch !== null) {
        const region = introducerMatch[1];
        const normalizedRegion = region.replace(/[\t\n\r]/g, "");
        if (normalizedRegion.length >= 2) {
          if (normalizedRegion.slice(0, 2) !== "//") {
            parsed.error = parsed.error || "URI authority must not contain a literal backslash.";
            malformedAuthorityOrPort = true;
          } else if (region.length !== normalizedRegion.length) {
            parsed.error = parsed.error || "URI authority introducer must not contain whitespace.";
            malformedAuthorityOrPort = true;
          }
        }
      }
      const matches2 = uri.match(URI_PARSE);
      if (matches2) {
        parsed.scheme = matches2[1];
        parsed.userinfo = matches2[3];
        parsed.host = matches2[4];
        parsed.port = parseInt(matches2[5], 10);
        parsed.path = matches2[6] || "";
        parsed.query = matches2[7];
        parsed.fragment = matches2[8];
        if (parsed.scheme !== void 0) {
          if (VALID_SCHEME.test(parsed.scheme)) {
            parsed.scheme = parsed.scheme.toLowerCase();
          } else {
            parsed.error = parsed.error || MALFORMED_SCHEME_ERROR;
            malformedScheme = true;
          }
        }
        malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches2);
        if (malformedPercentEncoding) {
          parsed.error = parsed.error || "URI contains malformed percent-encoding.";
        }
        if (isNaN(parsed.port)) {
          parsed.port = matches2[5];
        }
        const parseError = getParseError(parsed, matches2);
        if (parseError !== void 0) {
          parsed.error = parsed.error || parseError;
          malformedAuthorityOrPort = true;
        }
        if (parsed.host) {
          const ipv4result = isIPv4(parsed.host);
          if (ipv4result === false) {
            const bracketedIPLiteral = isIPLiteral(parsed.host);
            const hasIPLiteralBracket = parsed.host.indexOf("[") !== -1 || parsed.host.indexOf("]") !== -1;
            const ipv6result = normalizeIPv6(parsed.host);
            isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true;
            malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true);
            parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase();
            if (malformedIPLiteral) {
              parsed.error = parsed.error || MALFORMED_HOST_ERROR;
              malformedAuthorityOrPort = true;
            }
          } else {
            isIP = true;
          }
        }
        if (parsed.scheme === void 0 && parsed.userinfo === void 0 && parsed.host === void 0 && parsed.port === void 0 && parsed.query === void 0 && !parsed.path) {
          parsed.reference = "same-document";
        } else if (parsed.scheme === void 0) {
          parsed.reference = "relative";
        } else if (parsed.fragment === void 0) {
          parsed.reference = "absolute";
        } else {
          parsed.reference = "uri";
        }
        if (options.reference && options.reference !== "suffix" && options.reference !== parsed.reference) {
          parsed.error = parsed.error || "URI is not a " + options.reference + " reference.";
        }
        const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme);
        if (!malformedIPLiteral) {
          malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP);
        }
        if (uri.indexOf("%") !== -1 && parsed.host !== void 0 && !malformedIPLiteral) {
          let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true);
          if (!isIP) {
            host = normalizePercentEncoding(host.toLowerCase());
          }
          parsed.host = isIP || options.scheme !== "null" ? reescapeHostDelimiters(host, isIP) : host;
        }
        if (!schemeHandler || schemeHandler && !schemeHandler.skipNormalize) {
          if (parsed.path) {
            parsed.path = normalizePathEncoding(parsed.path);
          }
          if (parsed.query) {
            parsed.query = normalizeQueryFragmentEncoding(parsed.query);
          }
          if (parsed.fragment) {
            parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment);
          }
        }
        if (schemeHandler && schemeHandler.parse) {
          schemeHandler.parse(parsed, options);
          if (schemeHandler === SCHEMES.urn && parsed.nid === void 0) {
            malformedSchemeSpecific = true;
          }
        }
      } else {
        parsed.error = parsed.error || "URI can not be parsed.";
      }
      return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme };
    }
    function parse(uri, opts) {
      return parseWithStatus(uri, opts).parsed;
    }
    function normalizeString(uri, opts) {
      return normalizeStringWithStatus(uri, opts).normalized;
    }
    function normalizeStringWithStatus(uri, opts) {
      const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts);
      return {
        normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
        malformedAuthorityOrPort,
        malformedPercentEncoding,
        malformedSchemeSpecific,
        malformedHost,
        malformedScheme
      };
    }
    function normalizeComparableURI(uri, opts) {
      if (typeof uri !== "string" && typeof uri !== "object") {
        return void 0;
      }
      let value;
      try {
        value = typeof uri === "string" ? uri : serialize(uri, opts);
      } catch {
        return void 0;
      }
      const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts);
      return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? void 0 : normalized;
    }
    var fastUri = {
      SCHEMES,
      normalize,
      resolve: resolve13,
      resolveComponent,
      equal,
      serialize,
      parse
    };
    module.exports = fastUri;
    module.exports.default = fastUri;
    module.exports.fastUri = fastUri;
  }
});

// node_modules/ajv/dist/runtime/uri.js
var require_uri = __commonJS({
  "node_modules/ajv/dist/runtime/uri.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var uri = require_fast_uri();
    uri.code = 'require("ajv/dist/runtime/uri").default';
    exports.default = uri;
  }
});

// node_modules/ajv/dist/core.js
var require_core = __commonJS({
  "node_modules/ajv/dist/core.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    var ref_error_1 = require_ref_error();
    var rules_1 = require_rules();
    var compile_1 = require_compile();
    var codegen_2 = require_codegen();
    var resolve_1 = require_resolve();
    var dataType_1 = require_dataType();
    var util_1 = require_util();
    var $dataRefSchema = require_data();
    var uri_1 = require_uri();
    var defaultRegExp = (str, flags) => new RegExp(str, flags);
    defaultRegExp.code = "new RegExp";
    var META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
    var EXT_SCOPE_NAMES = /* @__PURE__ */ new Set([
      "validate",
      "serialize",
      "parse",
      "wrapper",
      "root",
      "schema",
      "keyword",
      "pattern",
      "formats",
      "validate$data",
      "func",
      "obj",
      "Error"
    ]);
    var removedOptions = {
      errorDataPath: "",
      format: "`validateFormats: false` can be used instead.",
      nullable: '"nullable" keyword is supported by default.',
      jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
      extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
      missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
      processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
      sourceCode: "Use option `code: {source: true}`",
      strictDefaults: "It is default now, see option `strict`.",
      strictKeywords: "It is default now, see option `strict`.",
      uniqueItems: '"uniqueItems" keyword is always validated.',
      unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
      cache: "Map is used as cache, schema object as key.",
      serialize: "Map is used as cache, schema object as key.",
      ajvErrors: "It is default now."
    };
    var deprecatedOptions = {
      ignoreKeywordsWithRef: "",
      jsPropertySyntax: "",
      unicode: '"minLength"/"maxLength" account for unicode characters by default.'
    };
    var MAX_EXPRESSION = 200;
    function requiredOptions(o) {
      var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
      const s = o.strict;
      const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
      const optimize = _optz === true || _optz === void 0 ? 1 : _optz || 0;
      const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
      const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
      return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver
      };
    }
    var Ajv2 = class {
      constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = /* @__PURE__ */ Object.create(null);
        this._compilations = /* @__PURE__ */ new Set();
        this._loading = {};
        this._cache = /* @__PURE__ */ new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
          addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
          addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
          this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
      }
      _addVocabularies() {
        this.addKeyword("$async");
      }
      _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
          _dataRefSchema = { ...$dataRefSchema };
          _dataRefSchema.id = _dataRefSchema.$id;
          delete _dataRefSchema.$id;
        }
        if (meta && $data)
          this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
      }
      defaultMeta() {
        const { meta, schemaId } = this.opts;
        return this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : void 0;
      }
      validate(schemaKeyRef, data) {
        let v;
        if (typeof schemaKeyRef == "string") {
          v = this.getSchema(schemaKeyRef);
          if (!v)
            throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        } else {
          v = this.compile(schemaKeyRef);
        }
        const valid2 = v(data);
        if (!("$async" in v))
          this.errors = v.errors;
        return valid2;
      }
      compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return sch.validate || this._compileSchemaEnv(sch);
      }
      compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
          throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
          await loadMetaSchema.call(this, _schema.$schema);
          const sch = this._addSchema(_schema, _meta);
          return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
          if ($ref && !this.getSchema($ref)) {
            await runCompileAsync.call(this, { $ref }, true);
          }
        }
        async function _compileAsync(sch) {
          try {
            return this._compileSchemaEnv(sch);
          } catch (e) {
            if (!(e instanceof ref_error_1.default))
              throw e;
            checkLoaded.call(this, e);
            await loadMissingSchema.call(this, e.missingSchema);
            return _compileAsync.call(this, sch);
          }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
          if (this.refs[ref]) {
            throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
          }
        }
        async function loadMissingSchema(ref) {
          const _schema = await _loadSchema.call(this, ref);
          if (!this.refs[ref])
            await loadMetaSchema.call(this, _schema.$schema);
          if (!this.refs[ref])
            this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
          const p = this._loading[ref];
          if (p)
            return p;
          try {
            return await (this._loading[ref] = loadSchema(ref));
          } finally {
            delete this._loading[ref];
          }
        }
      }
      // Adds schema to the instance
      addSchema(schema, key, _meta, _validateSchema = this.opts.validateSchema) {
        if (Array.isArray(schema)) {
          for (const sch of schema)
            this.addSchema(sch, void 0, _meta, _validateSchema);
          return this;
        }
        let id;
        if (typeof schema === "object") {
          const { schemaId } = this.opts;
          id = schema[schemaId];
          if (id !== void 0 && typeof id != "string") {
            throw new Error(`schema ${schemaId} must be string`);
          }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
      }
      // Add schema that will be used to validate other schemas
      // options in META_IGNORE_OPTIONS are alway set to false
      addMetaSchema(schema, key, _validateSchema = this.opts.validateSchema) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
      }
      //  Validate schema against its meta-schema
      validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
          return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== void 0 && typeof $schema != "string") {
          throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
          this.logger.warn("meta-schema not available");
          this.errors = null;
          return true;
        }
        const valid2 = this.validate($schema, schema);
        if (!valid2 && throwOrLogError) {
          const message = "schema is invalid: " + this.errorsText();
          if (this.opts.validateSchema === "log")
            this.logger.error(message);
          else
            throw new Error(message);
        }
        return valid2;
      }
      // Get compiled schema by `key` or `ref`.
      // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
      getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
          keyRef = sch;
        if (sch === void 0) {
          const { schemaId } = this.opts;
          const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
          sch = compile_1.resolveSchema.call(this, root, keyRef);
          if (!sch)
            return;
          this.refs[keyRef] = sch;
        }
        return sch.validate || this._compileSchemaEnv(sch);
      }
      // Remove cached schema(s).
      // If no parameter is passed all schemas but meta-schemas are removed.
      // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
      // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
      removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
          this._removeAllSchemas(this.schemas, schemaKeyRef);
          this._removeAllSchemas(this.refs, schemaKeyRef);
          return this;
        }
        switch (typeof schemaKeyRef) {
          case "undefined":
            this._removeAllSchemas(this.schemas);
            this._removeAllSchemas(this.refs);
            this._cache.clear();
            return this;
          case "string": {
            const sch = getSchEnv.call(this, schemaKeyRef);
            if (typeof sch == "object")
              this._cache.delete(sch.schema);
            delete this.schemas[schemaKeyRef];
            delete this.refs[schemaKeyRef];
            return this;
          }
          case "object": {
            const cacheKey = schemaKeyRef;
            this._cache.delete(cacheKey);
            let id = schemaKeyRef[this.opts.schemaId];
            if (id) {
              id = (0, resolve_1.normalizeId)(id);
              delete this.schemas[id];
              delete this.refs[id];
            }
            return this;
          }
          default:
            throw new Error("ajv.removeSchema: invalid parameter");
        }
      }
      // add "vocabulary" - a collection of keywords
      addVocabulary(definitions) {
        for (const def of definitions)
          this.addKeyword(def);
        return this;
      }
      addKeyword(kwdOrDef, def) {
        let keyword;
        if (typeof kwdOrDef == "string") {
          keyword = kwdOrDef;
          if (typeof def == "object") {
            this.logger.warn("these parameters are deprecated, see docs for addKeyword");
            def.keyword = keyword;
          }
        } else if (typeof kwdOrDef == "object" && def === void 0) {
          def = kwdOrDef;
          keyword = def.keyword;
          if (Array.isArray(keyword) && !keyword.length) {
            throw new Error("addKeywords: keyword must be string or non-empty array");
          }
        } else {
          throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
          (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
          return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
          ...def,
          type: (0, dataType_1.getJSONTypes)(def.type),
          schemaType: (0, dataType_1.getJSONTypes)(def.schemaType)
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0 ? (k) => addRule.call(this, k, definition) : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
      }
      getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
      }
      // Remove keyword
      removeKeyword(keyword) {
        const { RULES } = this;
        delete RULES.keywords[keyword];
        delete RULES.all[keyword];
        for (const group of RULES.rules) {
          const i = group.rules.findIndex((rule) => rule.keyword === keyword);
          if (i >= 0)
            group.rules.splice(i, 1);
        }
        return this;
      }
      // Add format
      addFormat(name, format) {
        if (typeof format == "string")
          format = new RegExp(format);
        this.formats[name] = format;
        return this;
      }
      errorsText(errors = this.errors, { separator = ", ", dataVar = "data" } = {}) {
        if (!errors || errors.length === 0)
          return "No errors";
        return errors.map((e) => `${dataVar}${e.instancePath} ${e.message}`).reduce((text2, msg) => text2 + separator + msg);
      }
      $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
          const segments = jsonPointer.split("/").slice(1);
          let keywords = metaSchema;
          for (const seg of segments)
            keywords = keywords[seg];
          for (const key in rules) {
            const rule = rules[key];
            if (typeof rule != "object")
              continue;
            const { $data } = rule.definition;
            const schema = keywords[key];
            if ($data && schema)
              keywords[key] = schemaOrData(schema);
          }
        }
        return metaSchema;
      }
      _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
          const sch = schemas[keyRef];
          if (!regex || regex.test(keyRef)) {
            if (typeof sch == "string") {
              delete schemas[keyRef];
            } else if (sch && !sch.meta) {
              this._cache.delete(sch.schema);
              delete schemas[keyRef];
            }
          }
        }
      }
      _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
          id = schema[schemaId];
        } else {
          if (this.opts.jtd)
            throw new Error("schema must be object");
          else if (typeof schema != "boolean")
            throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== void 0)
          return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
          if (baseId)
            this._checkUnique(baseId);
          this.refs[baseId] = sch;
        }
        if (validateSchema)
          this.validateSchema(schema, true);
        return sch;
      }
      _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
          throw new Error(`schema with key or id "${id}" already exists`);
        }
      }
      _compileSchemaEnv(sch) {
        if (sch.meta)
          this._compileMetaSchema(sch);
        else
          compile_1.compileSchema.call(this, sch);
        if (!sch.validate)
          throw new Error("ajv implementation error");
        return sch.validate;
      }
      _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
          compile_1.compileSchema.call(this, sch);
        } finally {
          this.opts = currentOpts;
        }
      }
    };
    Ajv2.ValidationError = validation_error_1.default;
    Ajv2.MissingRefError = ref_error_1.default;
    exports.default = Ajv2;
    function checkOptions(checkOpts, options, msg, log = "error") {
      for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
          this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
      }
    }
    function getSchEnv(keyRef) {
      keyRef = (0, resolve_1.normalizeId)(keyRef);
      return this.schemas[keyRef] || this.refs[keyRef];
    }
    function addInitialSchemas() {
      const optsSchemas = this.opts.schemas;
      if (!optsSchemas)
        return;
      if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
      else
        for (const key in optsSchemas)
          this.addSchema(optsSchemas[key], key);
    }
    function addInitialFormats() {
      for (const name in this.opts.formats) {
        const format = this.opts.formats[name];
        if (format)
          this.addFormat(name, format);
      }
    }
    function addInitialKeywords(defs) {
      if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
      }
      this.logger.warn("keywords option as map is deprecated, pass array");
      for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
          def.keyword = keyword;
        this.addKeyword(def);
      }
    }
    function getMetaSchemaOptions() {
      const metaOpts = { ...this.opts };
      for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
      return metaOpts;
    }
    var noLogs = { log() {
    }, warn() {
    }, error() {
    } };
    function getLogger(logger) {
      if (logger === false)
        return noLogs;
      if (logger === void 0)
        return console;
      if (logger.log && logger.warn && logger.error)
        return logger;
      throw new Error("logger must implement log, warn and error methods");
    }
    var KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
    function checkKeyword(keyword, def) {
      const { RULES } = this;
      (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES.keywords[kwd])
          throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
          throw new Error(`Keyword ${kwd} has invalid name`);
      });
      if (!def)
        return;
      if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
      }
    }
    function addRule(keyword, definition, dataType) {
      var _a;
      const post = definition === null || definition === void 0 ? void 0 : definition.post;
      if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
      const { RULES } = this;
      let ruleGroup = post ? RULES.post : RULES.rules.find(({ type: t }) => t === dataType);
      if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES.rules.push(ruleGroup);
      }
      RULES.keywords[keyword] = true;
      if (!definition)
        return;
      const rule = {
        keyword,
        definition: {
          ...definition,
          type: (0, dataType_1.getJSONTypes)(definition.type),
          schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType)
        }
      };
      if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
      else
        ruleGroup.rules.push(rule);
      RULES.all[keyword] = rule;
      (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
    }
    function addBeforeRule(ruleGroup, rule, before) {
      const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
      if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
      } else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
      }
    }
    function keywordMetaschema(def) {
      let { metaSchema } = def;
      if (metaSchema === void 0)
        return;
      if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
      def.validateSchema = this.compile(metaSchema, true);
    }
    var $dataRef = {
      $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#"
    };
    function schemaOrData(schema) {
      return { anyOf: [schema, $dataRef] };
    }
  }
});

// node_modules/ajv/dist/vocabularies/core/id.js
var require_id = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/id.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var def = {
      keyword: "id",
      code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/ref.js
var require_ref = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/ref.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.callRef = exports.getValidate = void 0;
    var ref_error_1 = require_ref_error();
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var util_1 = require_util();
    var def = {
      keyword: "$ref",
      schemaType: "string",
      code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
          return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === void 0)
          throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
          return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
          if (env === root)
            return callRef(cxt, validateName, env, env.$async);
          const rootName = gen.scopeValue("root", { ref: root });
          return callRef(cxt, (0, codegen_1._)`${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
          const v = getValidate(cxt, sch);
          callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
          const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
          const valid2 = gen.name("valid");
          const schCxt = cxt.subschema({
            schema: sch,
            dataTypes: [],
            schemaPath: codegen_1.nil,
            topSchemaRef: schName,
            errSchemaPath: $ref
          }, valid2);
          cxt.mergeEvaluated(schCxt);
          cxt.ok(valid2);
        }
      }
    };
    function getValidate(cxt, sch) {
      const { gen } = cxt;
      return sch.validate ? gen.scopeValue("validate", { ref: sch.validate }) : (0, codegen_1._)`${gen.scopeValue("wrapper", { ref: sch })}.validate`;
    }
    exports.getValidate = getValidate;
    function callRef(cxt, v, sch, $async) {
      const { gen, it } = cxt;
      const { allErrors, schemaEnv: env, opts } = it;
      const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
      if ($async)
        callAsyncRef();
      else
        callSyncRef();
      function callAsyncRef() {
        if (!env.$async)
          throw new Error("async schema referenced by sync schema");
        const valid2 = gen.let("valid");
        gen.try(() => {
          gen.code((0, codegen_1._)`await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
          addEvaluatedFrom(v);
          if (!allErrors)
            gen.assign(valid2, true);
        }, (e) => {
          gen.if((0, codegen_1._)`!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
          addErrorsFrom(e);
          if (!allErrors)
            gen.assign(valid2, false);
        });
        cxt.ok(valid2);
      }
      function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
      }
      function addErrorsFrom(source) {
        const errs = (0, codegen_1._)`${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`);
        gen.assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
      }
      function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
          return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        if (it.props !== true) {
          if (schEvaluated && !schEvaluated.dynamicProps) {
            if (schEvaluated.props !== void 0) {
              it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
            }
          } else {
            const props = gen.var("props", (0, codegen_1._)`${source}.evaluated.props`);
            it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
          }
        }
        if (it.items !== true) {
          if (schEvaluated && !schEvaluated.dynamicItems) {
            if (schEvaluated.items !== void 0) {
              it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
            }
          } else {
            const items = gen.var("items", (0, codegen_1._)`${source}.evaluated.items`);
            it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
          }
        }
      }
    }
    exports.callRef = callRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/index.js
var require_core2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var id_1 = require_id();
    var ref_1 = require_ref();
    var core = [
      "$schema",
      "$id",
      "$defs",
      "$vocabulary",
      { keyword: "$comment" },
      "definitions",
      id_1.default,
      ref_1.default
    ];
    exports.default = core;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitNumber.js
var require_limitNumber = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitNumber.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`must be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    var def = {
      keyword: Object.keys(KWDs),
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._)`${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/multipleOf.js
var require_multipleOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/multipleOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must be multiple of ${schemaCode}`,
      params: ({ schemaCode }) => (0, codegen_1._)`{multipleOf: ${schemaCode}}`
    };
    var def = {
      keyword: "multipleOf",
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec ? (0, codegen_1._)`Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}` : (0, codegen_1._)`${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._)`(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitLength.js
var require_limitLength = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitLength.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var ucs2length_1 = require_ucs2length();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} characters`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxLength", "minLength"],
      type: "string",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._)`${data}.length` : (0, codegen_1._)`${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._)`${len} ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/pattern.js
var require_pattern = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var util_1 = require_util();
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match pattern "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{pattern: ${schemaCode}}`
    };
    var def = {
      keyword: "pattern",
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
          const { regExp } = it.opts.code;
          const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._)`new RegExp` : (0, util_1.useFunc)(gen, regExp);
          const valid2 = gen.let("valid");
          gen.try(() => gen.assign(valid2, (0, codegen_1._)`${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid2, false));
          cxt.fail$data((0, codegen_1._)`!${valid2}`);
        } else {
          const regExp = (0, code_1.usePattern)(cxt, schema);
          cxt.fail$data((0, codegen_1._)`!${regExp}.test(${data})`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitProperties.js
var require_limitProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} properties`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxProperties", "minProperties"],
      type: "object",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`Object.keys(${data}).length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/required.js
var require_required = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/required.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { missingProperty } }) => (0, codegen_1.str)`must have required property '${missingProperty}'`,
      params: ({ params: { missingProperty } }) => (0, codegen_1._)`{missingProperty: ${missingProperty}}`
    };
    var def = {
      keyword: "required",
      type: "object",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
          return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
          allErrorsMode();
        else
          exitOnErrorMode();
        if (opts.strictRequired) {
          const props = cxt.parentSchema.properties;
          const { definedProperties } = cxt.it;
          for (const requiredKey of schema) {
            if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === void 0 && !definedProperties.has(requiredKey)) {
              const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
              const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
              (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
            }
          }
        }
        function allErrorsMode() {
          if (useLoop || $data) {
            cxt.block$data(codegen_1.nil, loopAllRequired);
          } else {
            for (const prop of schema) {
              (0, code_1.checkReportMissingProp)(cxt, prop);
            }
          }
        }
        function exitOnErrorMode() {
          const missing = gen.let("missing");
          if (useLoop || $data) {
            const valid2 = gen.let("valid", true);
            cxt.block$data(valid2, () => loopUntilMissing(missing, valid2));
            cxt.ok(valid2);
          } else {
            gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
          }
        }
        function loopAllRequired() {
          gen.forOf("prop", schemaCode, (prop) => {
            cxt.setParams({ missingProperty: prop });
            gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
          });
        }
        function loopUntilMissing(missing, valid2) {
          cxt.setParams({ missingProperty: missing });
          gen.forOf(missing, schemaCode, () => {
            gen.assign(valid2, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
            gen.if((0, codegen_1.not)(valid2), () => {
              cxt.error();
              gen.break();
            });
          }, codegen_1.nil);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitItems.js
var require_limitItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} items`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxItems", "minItems"],
      type: "array",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`${data}.length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// node_modules/ajv/dist/vocabularies/validation/uniqueItems.js
var require_uniqueItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/uniqueItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dataType_1 = require_dataType();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: ({ params: { i, j } }) => (0, codegen_1.str)`must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
      params: ({ params: { i, j } }) => (0, codegen_1._)`{i: ${i}, j: ${j}}`
    };
    var def = {
      keyword: "uniqueItems",
      type: "array",
      schemaType: "boolean",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
          return;
        const valid2 = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid2, validateUniqueItems, (0, codegen_1._)`${schemaCode} === false`);
        cxt.ok(valid2);
        function validateUniqueItems() {
          const i = gen.let("i", (0, codegen_1._)`${data}.length`);
          const j = gen.let("j");
          cxt.setParams({ i, j });
          gen.assign(valid2, true);
          gen.if((0, codegen_1._)`${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
          return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
          const item = gen.name("item");
          const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
          const indices = gen.const("indices", (0, codegen_1._)`{}`);
          gen.for((0, codegen_1._)`;${i}--;`, () => {
            gen.let(item, (0, codegen_1._)`${data}[${i}]`);
            gen.if(wrongType, (0, codegen_1._)`continue`);
            if (itemTypes.length > 1)
              gen.if((0, codegen_1._)`typeof ${item} == "string"`, (0, codegen_1._)`${item} += "_"`);
            gen.if((0, codegen_1._)`typeof ${indices}[${item}] == "number"`, () => {
              gen.assign(j, (0, codegen_1._)`${indices}[${item}]`);
              cxt.error();
              gen.assign(valid2, false).break();
            }).code((0, codegen_1._)`${indices}[${item}] = ${i}`);
          });
        }
        function loopN2(i, j) {
          const eql = (0, util_1.useFunc)(gen, equal_1.default);
          const outer = gen.name("outer");
          gen.label(outer).for((0, codegen_1._)`;${i}--;`, () => gen.for((0, codegen_1._)`${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._)`${eql}(${data}[${i}], ${data}[${j}])`, () => {
            cxt.error();
            gen.assign(valid2, false).break(outer);
          })));
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/const.js
var require_const = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/const.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to constant",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValue: ${schemaCode}}`
    };
    var def = {
      keyword: "const",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || schema && typeof schema == "object") {
          cxt.fail$data((0, codegen_1._)`!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        } else {
          cxt.fail((0, codegen_1._)`${schema} !== ${data}`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/enum.js
var require_enum = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/enum.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to one of the allowed values",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValues: ${schemaCode}}`
    };
    var def = {
      keyword: "enum",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
          throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => eql !== null && eql !== void 0 ? eql : eql = (0, util_1.useFunc)(gen, equal_1.default);
        let valid2;
        if (useLoop || $data) {
          valid2 = gen.let("valid");
          cxt.block$data(valid2, loopEnum);
        } else {
          if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
          const vSchema = gen.const("vSchema", schemaCode);
          valid2 = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid2);
        function loopEnum() {
          gen.assign(valid2, false);
          gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._)`${getEql()}(${data}, ${v})`, () => gen.assign(valid2, true).break()));
        }
        function equalCode(vSchema, i) {
          const sch = schema[i];
          return typeof sch === "object" && sch !== null ? (0, codegen_1._)`${getEql()}(${data}, ${vSchema}[${i}])` : (0, codegen_1._)`${data} === ${sch}`;
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/index.js
var require_validation = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var limitNumber_1 = require_limitNumber();
    var multipleOf_1 = require_multipleOf();
    var limitLength_1 = require_limitLength();
    var pattern_1 = require_pattern();
    var limitProperties_1 = require_limitProperties();
    var required_1 = require_required();
    var limitItems_1 = require_limitItems();
    var uniqueItems_1 = require_uniqueItems();
    var const_1 = require_const();
    var enum_1 = require_enum();
    var validation = [
      // number
      limitNumber_1.default,
      multipleOf_1.default,
      // string
      limitLength_1.default,
      pattern_1.default,
      // object
      limitProperties_1.default,
      required_1.default,
      // array
      limitItems_1.default,
      uniqueItems_1.default,
      // any
      { keyword: "type", schemaType: ["string", "array"] },
      { keyword: "nullable", schemaType: "boolean" },
      const_1.default,
      enum_1.default
    ];
    exports.default = validation;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalItems.js
var require_additionalItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateAdditionalItems = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "additionalItems",
      type: "array",
      schemaType: ["boolean", "object"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
          (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
          return;
        }
        validateAdditionalItems(cxt, items);
      }
    };
    function validateAdditionalItems(cxt, items) {
      const { gen, schema, data, keyword, it } = cxt;
      it.items = true;
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._)`${len} <= ${items.length}`);
      } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid2 = gen.var("valid", (0, codegen_1._)`${len} <= ${items.length}`);
        gen.if((0, codegen_1.not)(valid2), () => validateItems(valid2));
        cxt.ok(valid2);
      }
      function validateItems(valid2) {
        gen.forRange("i", items.length, len, (i) => {
          cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid2);
          if (!it.allErrors)
            gen.if((0, codegen_1.not)(valid2), () => gen.break());
        });
      }
    }
    exports.validateAdditionalItems = validateAdditionalItems;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items.js
var require_items = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateTuple = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "array", "boolean"],
      before: "uniqueItems",
      code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
          return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    function validateTuple(cxt, extraItems, schArr = cxt.schema) {
      const { gen, parentSchema, data, keyword, it } = cxt;
      checkStrictTuple(parentSchema);
      if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
      }
      const valid2 = gen.name("valid");
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
          return;
        gen.if((0, codegen_1._)`${len} > ${i}`, () => cxt.subschema({
          keyword,
          schemaProp: i,
          dataProp: i
        }, valid2));
        cxt.ok(valid2);
      });
      function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
          const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
          (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
      }
    }
    exports.validateTuple = validateTuple;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/prefixItems.js
var require_prefixItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/prefixItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var items_1 = require_items();
    var def = {
      keyword: "prefixItems",
      type: "array",
      schemaType: ["array"],
      before: "uniqueItems",
      code: (cxt) => (0, items_1.validateTuple)(cxt, "items")
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items2020.js
var require_items2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var additionalItems_1 = require_additionalItems();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        if (prefixItems)
          (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
          cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/contains.js
var require_contains = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/contains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1.str)`must contain at least ${min} valid item(s)` : (0, codegen_1.str)`must contain at least ${min} and no more than ${max} valid item(s)`,
      params: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1._)`{minContains: ${min}}` : (0, codegen_1._)`{minContains: ${min}, maxContains: ${max}}`
    };
    var def = {
      keyword: "contains",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
          min = minContains === void 0 ? 1 : minContains;
          max = maxContains;
        } else {
          min = 1;
        }
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        cxt.setParams({ min, max });
        if (max === void 0 && min === 0) {
          (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
          return;
        }
        if (max !== void 0 && min > max) {
          (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
          cxt.fail();
          return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          let cond = (0, codegen_1._)`${len} >= ${min}`;
          if (max !== void 0)
            cond = (0, codegen_1._)`${cond} && ${len} <= ${max}`;
          cxt.pass(cond);
          return;
        }
        it.items = true;
        const valid2 = gen.name("valid");
        if (max === void 0 && min === 1) {
          validateItems(valid2, () => gen.if(valid2, () => gen.break()));
        } else if (min === 0) {
          gen.let(valid2, true);
          if (max !== void 0)
            gen.if((0, codegen_1._)`${data}.length > 0`, validateItemsWithCount);
        } else {
          gen.let(valid2, false);
          validateItemsWithCount();
        }
        cxt.result(valid2, () => cxt.reset());
        function validateItemsWithCount() {
          const schValid = gen.name("_valid");
          const count2 = gen.let("count", 0);
          validateItems(schValid, () => gen.if(schValid, () => checkLimits(count2)));
        }
        function validateItems(_valid, block) {
          gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
              keyword: "contains",
              dataProp: i,
              dataPropType: util_1.Type.Num,
              compositeRule: true
            }, _valid);
            block();
          });
        }
        function checkLimits(count2) {
          gen.code((0, codegen_1._)`${count2}++`);
          if (max === void 0) {
            gen.if((0, codegen_1._)`${count2} >= ${min}`, () => gen.assign(valid2, true).break());
          } else {
            gen.if((0, codegen_1._)`${count2} > ${max}`, () => gen.assign(valid2, false).break());
            if (min === 1)
              gen.assign(valid2, true);
            else
              gen.if((0, codegen_1._)`${count2} >= ${min}`, () => gen.assign(valid2, true));
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependencies.js
var require_dependencies = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependencies.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    exports.error = {
      message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str)`must have ${property_ies} ${deps} when property ${property} is present`;
      },
      params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._)`{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`
      // TODO change to reference
    };
    var def = {
      keyword: "dependencies",
      type: "object",
      schemaType: "object",
      error: exports.error,
      code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
      }
    };
    function splitDependencies({ schema }) {
      const propertyDeps = {};
      const schemaDeps = {};
      for (const key in schema) {
        if (key === "__proto__")
          continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
      }
      return [propertyDeps, schemaDeps];
    }
    function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
      const { gen, data, it } = cxt;
      if (Object.keys(propertyDeps).length === 0)
        return;
      const missing = gen.let("missing");
      for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
          continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
          property: prop,
          depsCount: deps.length,
          deps: deps.join(", ")
        });
        if (it.allErrors) {
          gen.if(hasProperty, () => {
            for (const depProp of deps) {
              (0, code_1.checkReportMissingProp)(cxt, depProp);
            }
          });
        } else {
          gen.if((0, codegen_1._)`${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
          (0, code_1.reportMissingProp)(cxt, missing);
          gen.else();
        }
      }
    }
    exports.validatePropertyDeps = validatePropertyDeps;
    function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
      const { gen, data, keyword, it } = cxt;
      const valid2 = gen.name("valid");
      for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
          continue;
        gen.if(
          (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties),
          () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid2);
            cxt.mergeValidEvaluated(schCxt, valid2);
          },
          () => gen.var(valid2, true)
          // TODO var
        );
        cxt.ok(valid2);
      }
    }
    exports.validateSchemaDeps = validateSchemaDeps;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/propertyNames.js
var require_propertyNames = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/propertyNames.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "property name must be valid",
      params: ({ params }) => (0, codegen_1._)`{propertyName: ${params.propertyName}}`
    };
    var def = {
      keyword: "propertyNames",
      type: "object",
      schemaType: ["object", "boolean"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        const valid2 = gen.name("valid");
        gen.forIn("key", data, (key) => {
          cxt.setParams({ propertyName: key });
          cxt.subschema({
            keyword: "propertyNames",
            data: key,
            dataTypes: ["string"],
            propertyName: key,
            compositeRule: true
          }, valid2);
          gen.if((0, codegen_1.not)(valid2), () => {
            cxt.error(true);
            if (!it.allErrors)
              gen.break();
          });
        });
        cxt.ok(valid2);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js
var require_additionalProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var util_1 = require_util();
    var error = {
      message: "must NOT have additional properties",
      params: ({ params }) => (0, codegen_1._)`{additionalProperty: ${params.additionalProperty}}`
    };
    var def = {
      keyword: "additionalProperties",
      type: ["object"],
      schemaType: ["boolean", "object"],
      allowUndefined: true,
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
          return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
          gen.forIn("key", data, (key) => {
            if (!props.length && !patProps.length)
              additionalPropertyCode(key);
            else
              gen.if(isAdditional(key), () => additionalPropertyCode(key));
          });
        }
        function isAdditional(key) {
          let definedProp;
          if (props.length > 8) {
            const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
            definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
          } else if (props.length) {
            definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._)`${key} === ${p}`));
          } else {
            definedProp = codegen_1.nil;
          }
          if (patProps.length) {
            definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._)`${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
          }
          return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
          gen.code((0, codegen_1._)`delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
          if (opts.removeAdditional === "all" || opts.removeAdditional && schema === false) {
            deleteAdditional(key);
            return;
          }
          if (schema === false) {
            cxt.setParams({ additionalProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid2 = gen.name("valid");
            if (opts.removeAdditional === "failing") {
              applyAdditionalSchema(key, valid2, false);
              gen.if((0, codegen_1.not)(valid2), () => {
                cxt.reset();
                deleteAdditional(key);
              });
            } else {
              applyAdditionalSchema(key, valid2);
              if (!allErrors)
                gen.if((0, codegen_1.not)(valid2), () => gen.break());
            }
          }
        }
        function applyAdditionalSchema(key, valid2, errors) {
          const subschema = {
            keyword: "additionalProperties",
            dataProp: key,
            dataPropType: util_1.Type.Str
          };
          if (errors === false) {
            Object.assign(subschema, {
              compositeRule: true,
              createErrors: false,
              allErrors: false
            });
          }
          cxt.subschema(subschema, valid2);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/properties.js
var require_properties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/properties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var validate_1 = require_validate();
    var code_1 = require_code2();
    var util_1 = require_util();
    var additionalProperties_1 = require_additionalProperties();
    var def = {
      keyword: "properties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === void 0) {
          additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
          it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
          it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
          return;
        const valid2 = gen.name("valid");
        for (const prop of properties) {
          if (hasDefault(prop)) {
            applyPropertySchema(prop);
          } else {
            gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
            applyPropertySchema(prop);
            if (!it.allErrors)
              gen.else().var(valid2, true);
            gen.endIf();
          }
          cxt.it.definedProperties.add(prop);
          cxt.ok(valid2);
        }
        function hasDefault(prop) {
          return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== void 0;
        }
        function applyPropertySchema(prop) {
          cxt.subschema({
            keyword: "properties",
            schemaProp: prop,
            dataProp: prop
          }, valid2);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/patternProperties.js
var require_patternProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/patternProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var util_2 = require_util();
    var def = {
      keyword: "patternProperties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 || alwaysValidPatterns.length === patterns.length && (!it.opts.unevaluated || it.props === true)) {
          return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid2 = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
          it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
          for (const pat of patterns) {
            if (checkProperties)
              checkMatchingProperties(pat);
            if (it.allErrors) {
              validateProperties(pat);
            } else {
              gen.var(valid2, true);
              validateProperties(pat);
              gen.if(valid2);
            }
          }
        }
        function checkMatchingProperties(pat) {
          for (const prop in checkProperties) {
            if (new RegExp(pat).test(prop)) {
              (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
            }
          }
        }
        function validateProperties(pat) {
          gen.forIn("key", data, (key) => {
            gen.if((0, codegen_1._)`${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
              const alwaysValid = alwaysValidPatterns.includes(pat);
              if (!alwaysValid) {
                cxt.subschema({
                  keyword: "patternProperties",
                  schemaProp: pat,
                  dataProp: key,
                  dataPropType: util_2.Type.Str
                }, valid2);
              }
              if (it.opts.unevaluated && props !== true) {
                gen.assign((0, codegen_1._)`${props}[${key}]`, true);
              } else if (!alwaysValid && !it.allErrors) {
                gen.if((0, codegen_1.not)(valid2), () => gen.break());
              }
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/not.js
var require_not = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/not.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "not",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          cxt.fail();
          return;
        }
        const valid2 = gen.name("valid");
        cxt.subschema({
          keyword: "not",
          compositeRule: true,
          createErrors: false,
          allErrors: false
        }, valid2);
        cxt.failResult(valid2, () => cxt.reset(), () => cxt.error());
      },
      error: { message: "must NOT be valid" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/anyOf.js
var require_anyOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/anyOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var def = {
      keyword: "anyOf",
      schemaType: "array",
      trackErrors: true,
      code: code_1.validateUnion,
      error: { message: "must match a schema in anyOf" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/oneOf.js
var require_oneOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/oneOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "must match exactly one schema in oneOf",
      params: ({ params }) => (0, codegen_1._)`{passingSchemas: ${params.passing}}`
    };
    var def = {
      keyword: "oneOf",
      schemaType: "array",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
          return;
        const schArr = schema;
        const valid2 = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        gen.block(validateOneOf);
        cxt.result(valid2, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
          schArr.forEach((sch, i) => {
            let schCxt;
            if ((0, util_1.alwaysValidSchema)(it, sch)) {
              gen.var(schValid, true);
            } else {
              schCxt = cxt.subschema({
                keyword: "oneOf",
                schemaProp: i,
                compositeRule: true
              }, schValid);
            }
            if (i > 0) {
              gen.if((0, codegen_1._)`${schValid} && ${valid2}`).assign(valid2, false).assign(passing, (0, codegen_1._)`[${passing}, ${i}]`).else();
            }
            gen.if(schValid, () => {
              gen.assign(valid2, true);
              gen.assign(passing, i);
              if (schCxt)
                cxt.mergeEvaluated(schCxt, codegen_1.Name);
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/allOf.js
var require_allOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/allOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "allOf",
      schemaType: "array",
      code(cxt) {
        const { gen, schema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        const valid2 = gen.name("valid");
        schema.forEach((sch, i) => {
          if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
          const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid2);
          cxt.ok(valid2);
          cxt.mergeEvaluated(schCxt);
        });
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/if.js
var require_if = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/if.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params }) => (0, codegen_1.str)`must match "${params.ifClause}" schema`,
      params: ({ params }) => (0, codegen_1._)`{failingKeyword: ${params.ifClause}}`
    };
    var def = {
      keyword: "if",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === void 0 && parentSchema.else === void 0) {
          (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
          return;
        const valid2 = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
          const ifClause = gen.let("ifClause");
          cxt.setParams({ ifClause });
          gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        } else if (hasThen) {
          gen.if(schValid, validateClause("then"));
        } else {
          gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid2, () => cxt.error(true));
        function validateIf() {
          const schCxt = cxt.subschema({
            keyword: "if",
            compositeRule: true,
            createErrors: false,
            allErrors: false
          }, schValid);
          cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
          return () => {
            const schCxt = cxt.subschema({ keyword }, schValid);
            gen.assign(valid2, schValid);
            cxt.mergeValidEvaluated(schCxt, valid2);
            if (ifClause)
              gen.assign(ifClause, (0, codegen_1._)`${keyword}`);
            else
              cxt.setParams({ ifClause: keyword });
          };
        }
      }
    };
    function hasSchema(it, keyword) {
      const schema = it.schema[keyword];
      return schema !== void 0 && !(0, util_1.alwaysValidSchema)(it, schema);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/thenElse.js
var require_thenElse = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/thenElse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["then", "else"],
      schemaType: ["object", "boolean"],
      code({ keyword, parentSchema, it }) {
        if (parentSchema.if === void 0)
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/index.js
var require_applicator = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var additionalItems_1 = require_additionalItems();
    var prefixItems_1 = require_prefixItems();
    var items_1 = require_items();
    var items2020_1 = require_items2020();
    var contains_1 = require_contains();
    var dependencies_1 = require_dependencies();
    var propertyNames_1 = require_propertyNames();
    var additionalProperties_1 = require_additionalProperties();
    var properties_1 = require_properties();
    var patternProperties_1 = require_patternProperties();
    var not_1 = require_not();
    var anyOf_1 = require_anyOf();
    var oneOf_1 = require_oneOf();
    var allOf_1 = require_allOf();
    var if_1 = require_if();
    var thenElse_1 = require_thenElse();
    function getApplicator(draft2020 = false) {
      const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default
      ];
      if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
      else
        applicator.push(additionalItems_1.default, items_1.default);
      applicator.push(contains_1.default);
      return applicator;
    }
    exports.default = getApplicator;
  }
});

// node_modules/ajv/dist/vocabularies/format/format.js
var require_format = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/format.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match format "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{format: ${schemaCode}}`
    };
    var def = {
      keyword: "format",
      type: ["number", "string"],
      schemaType: "string",
      $data: true,
      error,
      code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
          return;
        if ($data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fDef = gen.const("fDef", (0, codegen_1._)`${fmts}[${schemaCode}]`);
          const fType = gen.let("fType");
          const format = gen.let("format");
          gen.if((0, codegen_1._)`typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._)`${fDef}.type || "string"`).assign(format, (0, codegen_1._)`${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._)`"string"`).assign(format, fDef));
          cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
          function unknownFmt() {
            if (opts.strictSchema === false)
              return codegen_1.nil;
            return (0, codegen_1._)`${schemaCode} && !${format}`;
          }
          function invalidFmt() {
            const callFormat = schemaEnv.$async ? (0, codegen_1._)`(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))` : (0, codegen_1._)`${format}(${data})`;
            const validData = (0, codegen_1._)`(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
            return (0, codegen_1._)`${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
          }
        }
        function validateFormat() {
          const formatDef = self.formats[schema];
          if (!formatDef) {
            unknownFormat();
            return;
          }
          if (formatDef === true)
            return;
          const [fmtType, format, fmtRef] = getFormat(formatDef);
          if (fmtType === ruleType)
            cxt.pass(validCondition());
          function unknownFormat() {
            if (opts.strictSchema === false) {
              self.logger.warn(unknownMsg());
              return;
            }
            throw new Error(unknownMsg());
            function unknownMsg() {
              return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
            }
          }
          function getFormat(fmtDef) {
            const code = fmtDef instanceof RegExp ? (0, codegen_1.regexpCode)(fmtDef) : opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(schema)}` : void 0;
            const fmt2 = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });
            if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
              return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._)`${fmt2}.validate`];
            }
            return ["string", fmtDef, fmt2];
          }
          function validCondition() {
            if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
              if (!schemaEnv.$async)
                throw new Error("async format in sync schema");
              return (0, codegen_1._)`await ${fmtRef}(${data})`;
            }
            return typeof format == "function" ? (0, codegen_1._)`${fmtRef}(${data})` : (0, codegen_1._)`${fmtRef}.test(${data})`;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/format/index.js
var require_format2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var format_1 = require_format();
    var format = [format_1.default];
    exports.default = format;
  }
});

// node_modules/ajv/dist/vocabularies/metadata.js
var require_metadata = __commonJS({
  "node_modules/ajv/dist/vocabularies/metadata.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.contentVocabulary = exports.metadataVocabulary = void 0;
    exports.metadataVocabulary = [
      "title",
      "description",
      "default",
      "deprecated",
      "readOnly",
      "writeOnly",
      "examples"
    ];
    exports.contentVocabulary = [
      "contentMediaType",
      "contentEncoding",
      "contentSchema"
    ];
  }
});

// node_modules/ajv/dist/vocabularies/draft7.js
var require_draft7 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft7.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft7Vocabularies = [
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary
    ];
    exports.default = draft7Vocabularies;
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/types.js
var require_types = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DiscrError = void 0;
    var DiscrError;
    (function(DiscrError2) {
      DiscrError2["Tag"] = "tag";
      DiscrError2["Mapping"] = "mapping";
    })(DiscrError || (exports.DiscrError = DiscrError = {}));
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/index.js
var require_discriminator = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var types_1 = require_types();
    var compile_1 = require_compile();
    var ref_error_1 = require_ref_error();
    var util_1 = require_util();
    var error = {
      message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag ? `tag "${tagName}" must be string` : `value of tag "${tagName}" must be in oneOf`,
      params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._)`{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`
    };
    var def = {
      keyword: "discriminator",
      type: "object",
      schemaType: "object",
      error,
      code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
          throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
          throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
          throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
          throw new Error("discriminator: requires oneOf keyword");
        const valid2 = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._)`typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid2);
        function validateMapping() {
          const mapping = getMapping();
          gen.if(false);
          for (const tagValue in mapping) {
            gen.elseIf((0, codegen_1._)`${tag} === ${tagValue}`);
            gen.assign(valid2, applyTagSchema(mapping[tagValue]));
          }
          gen.else();
          cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
          gen.endIf();
        }
        function applyTagSchema(schemaProp) {
          const _valid = gen.name("valid");
          const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
          cxt.mergeEvaluated(schCxt, codegen_1.Name);
          return _valid;
        }
        function getMapping() {
          var _a;
          const oneOfMapping = {};
          const topRequired = hasRequired(parentSchema);
          let tagRequired = true;
          for (let i = 0; i < oneOf.length; i++) {
            let sch = oneOf[i];
            if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
              const ref = sch.$ref;
              sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
              if (sch instanceof compile_1.SchemaEnv)
                sch = sch.schema;
              if (sch === void 0)
                throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
            }
            const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
            if (typeof propSch != "object") {
              throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
            }
            tagRequired = tagRequired && (topRequired || hasRequired(sch));
            addMappings(propSch, i);
          }
          if (!tagRequired)
            throw new Error(`discriminator: "${tagName}" must be required`);
          return oneOfMapping;
          function hasRequired({ required }) {
            return Array.isArray(required) && required.includes(tagName);
          }
          function addMappings(sch, i) {
            if (sch.const) {
              addMapping(sch.const, i);
            } else if (sch.enum) {
              for (const tagValue of sch.enum) {
                addMapping(tagValue, i);
              }
            } else {
              throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
            }
          }
          function addMapping(tagValue, i) {
            if (typeof tagValue != "string" || tagValue in oneOfMapping) {
              throw new Error(`discriminator: "${tagName}" values must be unique strings`);
            }
            oneOfMapping[tagValue] = i;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/refs/json-schema-draft-07.json
var require_json_schema_draft_07 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-draft-07.json"(exports, module) {
    module.exports = {
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: "http://json-schema.org/draft-07/schema#",
      title: "Core schema meta-schema",
      definitions: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $ref: "#" }
        },
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          allOf: [{ $ref: "#/definitions/nonNegativeInteger" }, { default: 0 }]
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      },
      type: ["object", "boolean"],
      properties: {
        $id: {
          type: "string",
          format: "uri-reference"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        $ref: {
          type: "string",
          format: "uri-reference"
        },
        $comment: {
          type: "string"
        },
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        readOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/definitions/nonNegativeInteger" },
        minLength: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        additionalItems: { $ref: "#" },
        items: {
          anyOf: [{ $ref: "#" }, { $ref: "#/definitions/schemaArray" }],
          default: true
        },
        maxItems: { $ref: "#/definitions/nonNegativeInteger" },
        minItems: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        contains: { $ref: "#" },
        maxProperties: { $ref: "#/definitions/nonNegativeInteger" },
        minProperties: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        required: { $ref: "#/definitions/stringArray" },
        additionalProperties: { $ref: "#" },
        definitions: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        properties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependencies: {
          type: "object",
          additionalProperties: {
            anyOf: [{ $ref: "#" }, { $ref: "#/definitions/stringArray" }]
          }
        },
        propertyNames: { $ref: "#" },
        const: true,
        enum: {
          type: "array",
          items: true,
          minItems: 1,
          uniqueItems: true
        },
        type: {
          anyOf: [
            { $ref: "#/definitions/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/definitions/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        format: { type: "string" },
        contentMediaType: { type: "string" },
        contentEncoding: { type: "string" },
        if: { $ref: "#" },
        then: { $ref: "#" },
        else: { $ref: "#" },
        allOf: { $ref: "#/definitions/schemaArray" },
        anyOf: { $ref: "#/definitions/schemaArray" },
        oneOf: { $ref: "#/definitions/schemaArray" },
        not: { $ref: "#" }
      },
      default: true
    };
  }
});

// node_modules/ajv/dist/ajv.js
var require_ajv = __commonJS({
  "node_modules/ajv/dist/ajv.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
    var core_1 = require_core();
    var draft7_1 = require_draft7();
    var discriminator_1 = require_discriminator();
    var draft7MetaSchema = require_json_schema_draft_07();
    var META_SUPPORT_DATA = ["/properties"];
    var META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
    var Ajv2 = class extends core_1.default {
      _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
          return;
        const metaSchema = this.opts.$data ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA) : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv = Ajv2;
    module.exports = exports = Ajv2;
    module.exports.Ajv = Ajv2;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv2;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar;
    exports.isSeq = isSeq;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP2 = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity2.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP2;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity2.isNode(ctrl) || identity2.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity2.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity2.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity2.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP2;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity2.isNode(ctrl) || identity2.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity2.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity2.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity2.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity2.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity2.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity2.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity2.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity2.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity2.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity2.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity2.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity2.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity2.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity2.isScalar(ref.node) || identity2.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity2.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity2 = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity2.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity2.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count: count2, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count2);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity2 = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity2.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity2.isAlias(node) || identity2.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity2.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity2.isCollection(node)) {
        let count2 = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count2)
            count2 = c;
        }
        return count2;
      } else if (identity2.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity2.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity2 = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity2.isDocument(value))
        value = value.contents;
      if (identity2.isNode(value))
        return value;
      if (identity2.isPair(value)) {
        const map = ctx.schema[identity2.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity2.MAP] : Symbol.iterator in Object(value) ? schema[identity2.SEQ] : schema[identity2.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity2 = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity2.isNode(it) || identity2.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity2.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity2.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity2.isScalar(node) ? node.value : node;
        else
          return identity2.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity2.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity2.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity2.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity2.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text2, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text2;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text2.length <= endStep)
        return text2;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text2, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text2[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text2[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text2, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text2[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text2[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text2;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text2;
      if (onFold)
        onFold();
      let res = text2.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text2.length;
        if (fold === 0)
          res = `
${indent}${text2.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text2[fold]}\\`;
          res += `
${indent}${text2.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text2, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text2[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text2[++i];
        } else {
          do {
            ch = text2[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text2[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity2 = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity2.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity2.isScalar(node) || identity2.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity2.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity2.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity2.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity2.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity2.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity2.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity2.isCollection(key) || !identity2.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity2.isCollection(key) || (identity2.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity2.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity2.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity2.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity2.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity2.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity2.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity2.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity2.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity2 = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity2.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity2.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity2 = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity2.NODE_TYPE, { value: identity2.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity2.isNode(key))
          key = key.clone(schema);
        if (identity2.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity2.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity2.isPair(item)) {
          const ik = identity2.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity2.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity2.isPair(item)) {
          const ik = identity2.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity2.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum2, line) => sum2 + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum2, line) => sum2 + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity2 = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity2.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity2.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity2.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity2.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity2.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity2.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity2.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity2.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity2.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity2 = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity2.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity2.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity2.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity2.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity2.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num4 = typeof value === "number" ? value : Number(value);
      if (!isFinite(num4))
        return isNaN(num4) ? ".nan" : num4 < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num4 = Number(node.value);
        return isFinite(num4) ? num4.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity2.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity2.isPair(item))
            continue;
          else if (identity2.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity2.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs3 = new YAMLSeq.YAMLSeq(schema);
      pairs3.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs3.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs3;
    }
    var pairs2 = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs2;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs2 = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity2.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs2.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs2.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity2.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num4 = Number(node.value);
        return isFinite(num4) ? num4.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f2 = str.substring(dot + 1).replace(/_/g, "");
          if (f2[f2.length - 1] === "0")
            node.minFractionDigits = f2.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity2.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity2.isPair(pair) ? identity2.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity2.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num4 = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num4(60) + num4(p), num4(0));
      return sign === "-" ? num4(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num4 = (n) => n;
      if (typeof value === "bigint")
        num4 = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num4(-1);
      }
      const _60 = num4(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs2 = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs2.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs2 = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs2.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs2.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity2.MAP, { value: map.map });
        Object.defineProperty(this, identity2.SCALAR, { value: string.string });
        Object.defineProperty(this, identity2.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity2.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity2 = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity2.NODE_TYPE, { value: identity2.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity2.NODE_TYPE]: { value: identity2.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity2.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity2.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity2.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity2.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity2.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity2.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity2.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count: count2, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count2);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity2.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors2 = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count2 = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count2 = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count2);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity2.isScalar(a) && identity2.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep2, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep2) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep2 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep2, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep2 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep2 + cb;
              sep2 = "";
              break;
            }
            case "newline":
              if (comment)
                sep2 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap = fc.start.source === "{";
      const fcName = isMap ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep: sep2, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep2 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity2.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap && !sep2 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep2, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep2 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap && !props.found && ctx.options.strict) {
              if (sep2)
                for (const st of sep2) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep2, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity2.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines2(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep2 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep2 === " ")
            sep2 = "\n";
          else if (!prevMoreIndented && sep2 === "\n")
            sep2 = "\n\n";
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep2 === "\n")
            value += "\n";
          else
            sep2 = "\n";
        } else {
          value += sep2 + content;
          sep2 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines2(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep2 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep2 === "\n")
            res += sep2;
          else
            sep2 = "\n";
        } else {
          res += sep2 + lm;
          sep2 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep2 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity2.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity2.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity2.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity2.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity2.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity2.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity2.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity2 = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity2.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors2();
    var identity2 = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity2.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity2.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors2();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep2, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep2)
        for (const st of sep2)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP2 = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP2;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path) => {
      const parent = visit.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep2;
          if (scalar.end) {
            sep2 = scalar.end;
            sep2.push(this.sourceToken);
            delete scalar.end;
          } else
            sep2 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep2 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep2 = it.sep;
                  sep2.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep2 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep2 = fc.end.splice(1, fc.end.length);
            sep2.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep2 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors2();
    var log = require_log();
    var identity2 = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity2.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors2();
    var Alias = require_Alias();
    var identity2 = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity2.isAlias;
    exports.isCollection = identity2.isCollection;
    exports.isDocument = identity2.isDocument;
    exports.isMap = identity2.isMap;
    exports.isNode = identity2.isNode;
    exports.isPair = identity2.isPair;
    exports.isScalar = identity2.isScalar;
    exports.isSeq = identity2.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// src/io/cancellation.ts
var children = /* @__PURE__ */ new Set();
var cleanups = /* @__PURE__ */ new Set();
var GRACE_MS = 3e3;
function trackChild(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  children.add(child);
  child.once("exit", () => children.delete(child));
  child.once("error", () => children.delete(child));
}
function onCancel(cleanup) {
  cleanups.add(cleanup);
  return () => cleanups.delete(cleanup);
}
var exited = (child) => child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve13) => child.once("exit", () => resolve13()));
async function cancelAll(graceMs = GRACE_MS) {
  const running = [...children];
  for (const child of running) child.kill("SIGTERM");
  let timer;
  const graceOver = new Promise((resolve13) => timer = setTimeout(() => resolve13("late"), graceMs));
  if (await Promise.race([Promise.all(running.map(exited)), graceOver]) === "late") {
    for (const child of running) child.kill("SIGKILL");
    await Promise.all(running.map(exited));
  }
  clearTimeout(timer);
  for (const cleanup of [...cleanups]) {
    try {
      await cleanup();
    } catch {
    }
  }
  cleanups.clear();
}
var SIGNALS = { SIGINT: 2, SIGTERM: 15 };
function exitOnSignals(say) {
  let cancelling = false;
  for (const [signal, number] of Object.entries(SIGNALS)) {
    process.on(signal, () => {
      if (cancelling) {
        for (const child of children) child.kill("SIGKILL");
        return;
      }
      cancelling = true;
      say(
        `perf-gate: ${signal} received: stopping the load generator and removing temporary files; nothing is stored`
      );
      void cancelAll().finally(() => process.exit(128 + number));
    });
  }
}

// src/errors.ts
var PerfGateError = class extends Error {
  /** What the user should do next, shown after the message. */
  hint;
  exitCode = 2;
  constructor(message, hint, options) {
    super(message, options);
    this.name = "PerfGateError";
    this.hint = hint;
  }
};
var EXIT = { pass: 0, fail: 1, error: 2 };
function describeError(err) {
  if (err instanceof PerfGateError) return err.hint ? `${err.message}. ${err.hint}` : err.message;
  if (err instanceof Error) return `unexpected error: ${err.message}`;
  return `unexpected error: ${String(err)}`;
}

// src/io/terminal-logger.ts
var paint = (on, code, text2) => on ? `\x1B[${code}m${text2}\x1B[0m` : text2;
var TerminalLogger = class {
  constructor(options) {
    this.options = options;
  }
  options;
  progressShown = false;
  lastProgressAt = 0;
  get tty() {
    return Boolean(this.options.stream.isTTY);
  }
  line(text2) {
    this.progress(null);
    this.options.stream.write(`${text2}
`);
  }
  info(message) {
    this.line(message);
  }
  warn(message) {
    this.line(`${paint(this.options.color, "33", "warning:")} ${message}`);
  }
  error(message) {
    this.line(`${paint(this.options.color, "31", "error:")} ${message}`);
  }
  debug(message) {
    if (this.options.debug) this.line(paint(this.options.color, "2", message));
  }
  async group(title, fn) {
    this.line(paint(this.options.color, "1", `\u25B8 ${title}`));
    return fn();
  }
  progress(line) {
    if (this.tty) {
      if (line === null) {
        if (this.progressShown) this.options.stream.write("\r\x1B[2K");
        this.progressShown = false;
        return;
      }
      const now2 = performance.now();
      if (this.progressShown && now2 - this.lastProgressAt < 100) return;
      this.lastProgressAt = now2;
      this.options.stream.write(`\r\x1B[2K${paint(this.options.color, "2", line)}`);
      this.progressShown = true;
      return;
    }
    if (line === null) return;
    const now = performance.now();
    if (now - this.lastProgressAt < 1e4) return;
    this.lastProgressAt = now;
    this.options.stream.write(`${line}
`);
  }
};

// src/io/logger.ts
function warningsOnce(logger) {
  const said = /* @__PURE__ */ new Set();
  return {
    info: (m) => logger.info(m),
    warn: (m) => {
      if (said.has(m)) return;
      said.add(m);
      logger.warn(m);
    },
    error: (m) => logger.error(m),
    debug: (m) => logger.debug(m),
    group: (title, fn) => logger.group(title, fn),
    progress: (line) => logger.progress(line)
  };
}

// src/domain/metric-catalog.ts
var HTTP_REQ_DURATION = "http_req_duration";
var HTTP_REQ_FAILED = "http_req_failed";
var CHECKS = "checks";
var HTTP_REQS = "http_reqs";
var ITERATIONS = "iterations";
var DROPPED_ITERATIONS = "dropped_iterations";
var ITERATION_DURATION = "iteration_duration";
var VUS = "vus";
var DATA_SENT = "data_sent";
var DATA_RECEIVED = "data_received";
var trend = (contains, rest) => ({
  type: "trend",
  contains,
  ...rest
});
var latency = (rank) => trend("time", { direction: "higher-is-worse", role: "primary", gated: true, windowed: true, rank });
var requestLatency = () => ({ ...latency(0), measures: "request-latency" });
var timing = (rank = 50) => trend("time", { direction: "higher-is-worse", role: "diagnostic", gated: false, rank });
var failures = (rank) => ({
  type: "rate",
  contains: "default",
  direction: "higher-is-worse",
  role: "primary",
  gated: true,
  rank,
  measures: "outcome"
});
var counter = (contains, direction) => ({
  type: "counter",
  contains,
  ...direction ? { direction } : {},
  role: "load",
  gated: false,
  rank: 60
});
var gauge = { type: "gauge", contains: "default", role: "load", gated: false, rank: 70 };
var BUILTIN_METRICS = {
  [HTTP_REQ_DURATION]: requestLatency(),
  [HTTP_REQ_FAILED]: failures(1),
  [CHECKS]: {
    type: "rate",
    contains: "default",
    direction: "higher-is-better",
    role: "primary",
    gated: true,
    rank: 2,
    measures: "outcome"
  },
  [HTTP_REQS]: counter("default", "higher-is-better"),
  [ITERATIONS]: counter("default", "higher-is-better"),
  [DROPPED_ITERATIONS]: counter("default", "higher-is-worse"),
  [DATA_SENT]: counter("data"),
  [DATA_RECEIVED]: counter("data"),
  [VUS]: gauge,
  vus_max: gauge,
  http_req_blocked: timing(),
  http_req_connecting: timing(),
  http_req_tls_handshaking: timing(),
  http_req_sending: timing(),
  http_req_waiting: timing(),
  http_req_receiving: timing(),
  [ITERATION_DURATION]: timing(55),
  group_duration: timing(55),
  grpc_req_duration: requestLatency(),
  grpc_streams: counter("default"),
  grpc_streams_msgs_sent: counter("default"),
  grpc_streams_msgs_received: counter("default"),
  ws_session_duration: timing(55),
  ws_connecting: timing(),
  ws_ping: latency(3),
  ws_sessions: counter("default"),
  ws_msgs_sent: counter("default"),
  ws_msgs_received: counter("default"),
  browser_http_req_duration: latency(3),
  browser_http_req_failed: failures(3),
  browser_data_sent: counter("data"),
  browser_data_received: counter("data"),
  // Core Web Vitals (k6 browser): lower is better for all of them; CLS is a unitless score.
  browser_web_vital_lcp: latency(3),
  browser_web_vital_inp: latency(3),
  browser_web_vital_fid: latency(3),
  browser_web_vital_fcp: latency(3),
  browser_web_vital_ttfb: latency(3),
  browser_web_vital_cls: trend("default", {
    direction: "higher-is-worse",
    role: "primary",
    gated: true,
    windowed: true,
    rank: 3
  })
};
var SERVER_CPU_PER_REQUEST = "server_cpu_seconds_per_request";
var PROCESS_CPU_SECONDS = "process_cpu_seconds_total";
var SERVER_METRICS = {
  [SERVER_CPU_PER_REQUEST]: {
    type: "gauge",
    contains: "default",
    direction: "higher-is-worse",
    role: "primary",
    gated: true,
    rank: 4,
    measures: "server"
  }
};
var known = (metric) => BUILTIN_METRICS[metric] ?? SERVER_METRICS[metric];
var CUSTOM_RANK = 10;
function isBuiltin(metric) {
  return Object.hasOwn(BUILTIN_METRICS, metric);
}
function undeclaredMetricInfo(metric) {
  const entry2 = BUILTIN_METRICS[metric];
  return entry2 ? { type: entry2.type, contains: entry2.contains } : { type: "trend", contains: "default" };
}
var REQUEST_TIMINGS = /* @__PURE__ */ new Set([
  HTTP_REQ_DURATION,
  "http_req_blocked",
  "http_req_connecting",
  "http_req_tls_handshaking",
  "http_req_sending",
  "http_req_waiting",
  "http_req_receiving"
]);
function isRequestTiming(metric) {
  return REQUEST_TIMINGS.has(metric);
}
function isWindowedTrend(metric) {
  const entry2 = BUILTIN_METRICS[metric];
  return entry2 ? entry2.windowed === true : true;
}
function isClientSide(metric) {
  const measures = known(metric)?.measures;
  return measures !== "outcome" && measures !== "server";
}
function isRequestLatency(metric) {
  return known(metric)?.measures === "request-latency";
}
function comparisonUnit(metric, info, stat2, scale) {
  if (stat2 === "throughput") return "per-second";
  if (metric === SERVER_CPU_PER_REQUEST) return "seconds";
  if (scale === "difference") return "fraction";
  const contains = known(metric)?.contains ?? info?.contains;
  return contains === "time" ? "ms" : contains === "data" ? "bytes" : "";
}
function metricRank(metric) {
  return known(metric)?.rank ?? CUSTOM_RANK;
}
function thresholdDirection(expression) {
  const m = /^\s*[a-z]+(?:\(\s*[\d.]+\s*\))?\s*(<=?|>=?)/i.exec(expression);
  if (!m) return void 0;
  return m[1]?.startsWith("<") ? "higher-is-worse" : "higher-is-better";
}
function thresholdMetric(target) {
  return thresholdTarget(target).metric;
}
function thresholdTarget(target) {
  const brace = target.indexOf("{");
  const metric = (brace < 0 ? target : target.slice(0, brace)).trim();
  const tags = {};
  if (brace < 0) return { metric, tags };
  const close = target.lastIndexOf("}");
  for (const pair of target.slice(brace + 1, close > brace ? close : void 0).split(",")) {
    const colon = pair.indexOf(":");
    const key = pair.slice(0, colon).trim();
    if (colon < 0 || !key) continue;
    tags[key] = pair.slice(colon + 1).trim().replace(/^(["'])(.*)\1$/, "$2");
  }
  return { metric, tags };
}
function thresholdStat(expression) {
  const m = /^\s*(p\(\s*([\d.]+)\s*\)|med|rate)\s*[<>=!]/i.exec(expression);
  if (!m) return void 0;
  const name = (m[1] ?? "").toLowerCase();
  if (name === "rate") return { stat: "rate" };
  const q = name === "med" ? 0.5 : Number((Number(m[2]) / 100).toPrecision(12));
  if (!(q > 0 && q < 1)) return void 0;
  return { stat: `p${Number((q * 100).toFixed(3))}`, q };
}
function directionFromThresholds(metric, thresholds) {
  const found = /* @__PURE__ */ new Set();
  for (const t of thresholds) {
    if (thresholdMetric(t.metric) !== metric) continue;
    const d = thresholdDirection(t.expression);
    if (d) found.add(d);
  }
  return found.size === 1 ? [...found][0] : void 0;
}
function metricMeaning(metric, info, thresholds, ruleDirection2) {
  const entry2 = known(metric);
  if (entry2) {
    return {
      type: entry2.type,
      ...ruleDirection2 ?? entry2.direction ? { direction: ruleDirection2 ?? entry2.direction } : {},
      role: entry2.role,
      gated: entry2.gated,
      source: ruleDirection2 ? "rule" : "catalog"
    };
  }
  const type = info?.type ?? "trend";
  if (ruleDirection2) return { type, direction: ruleDirection2, role: "primary", gated: true, source: "rule" };
  const fromThresholds = directionFromThresholds(metric, thresholds);
  if (fromThresholds)
    return { type, direction: fromThresholds, role: "primary", gated: true, source: "threshold" };
  if (type === "trend" && info?.contains === "time")
    return { type, direction: "higher-is-worse", role: "primary", gated: true, source: "duration" };
  return { type, role: "primary", gated: false, source: "unknown" };
}
function unknownDirectionNote(metric, stat2) {
  return `reported only: nothing says whether a higher ${metric} is worse; add a k6 threshold (e.g. '${stat2 === "rate" ? "rate<0.01" : "p(95)<500"}') or a rule with a direction in perf-gate.config.json to gate it`;
}

// src/render/escape.ts
var HTML = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
var INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]+/g;
function escapeMarkdown(text2) {
  return text2.replace(INVISIBLE, " ").replace(/[&<>"]/g, (c) => HTML[c]).replace(/[\\`*_{}[\]()#+!|~]/g, (c) => `\\${c}`).replace(/@/g, "@\u200D").replace(/:\/\//g, ":\u200B//").replace(/\bwww\./gi, (w) => `${w.slice(0, 3)}\u200B.`);
}
function codeSpan(text2, max = 100) {
  const clean = text2.replace(INVISIBLE, " ").replace(/`/g, "'").replace(/<!--/g, "<!-\u200B-").replace(/@/g, "@\u200D").trim().slice(0, max);
  return clean === "" ? "" : `\`${clean}\``;
}
function isRunUrl(url, expect) {
  const m = /^https:\/\/([A-Za-z0-9.-]+(?::\d+)?)\/([A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+)\/actions\/runs\/\d{1,20}$/.exec(
    url
  );
  if (!m) return false;
  if (!expect) return true;
  const host = /^https:\/\/([^/]+)\/?$/.exec(expect.server)?.[1];
  return host !== void 0 && m[1].toLowerCase() === host.toLowerCase() && m[2] === expect.repository;
}
function escapeTerminal(text2) {
  return text2.replace(/[\u0000-\u001f\u007f-\u009f]/g, " ");
}
function escapeMermaid(text2) {
  return text2.replace(INVISIBLE, " ").replace(/["`<>\\]/g, " ").slice(0, 60);
}

// src/render/saturation.ts
var MAX_ROUTES = 10;
var num = (x, digits = 3) => Number(x.toPrecision(digits)).toString();
var mb = (bytes) => `${num(bytes / 1024 / 1024)} MB`;
var pct = (share) => `${num(share * 100, 2)}%`;
function facts(t) {
  const out = [];
  if (t.cpuPerRequestMs !== void 0)
    out.push([
      "CPU per request",
      `${num(t.cpuPerRequestMs)} ms${t.baselineCpuPerRequestMs !== void 0 ? ` (baseline ${num(t.baselineCpuPerRequestMs)} ms)` : ""}`
    ]);
  if (t.coresUsed !== void 0) out.push(["CPU cores used", num(t.coresUsed)]);
  if (t.rssBytes !== void 0)
    out.push([
      "memory (RSS)",
      `${mb(t.rssBytes)}${t.memoryGrowthBytes !== void 0 ? `, ${t.memoryGrowthBytes >= 0 ? "+" : ""}${mb(t.memoryGrowthBytes)} over the run` : ""}`
    ]);
  if (t.gcTimeShare !== void 0) out.push(["GC time", pct(t.gcTimeShare)]);
  if (t.goroutinesMax !== void 0) out.push(["goroutines (max)", String(t.goroutinesMax)]);
  if (t.eventLoopLagMaxMs !== void 0) out.push(["event-loop lag (max)", `${num(t.eventLoopLagMaxMs)} ms`]);
  if (t.failures > 0) out.push(["failed scrapes", `${t.failures} of ${t.scrapes}`]);
  return out;
}
var routeQuantiles = (r) => `p50 ${r.p50 === void 0 ? "\u2013" : `${num(r.p50)} ms`}, p95 ${r.p95 === void 0 ? "\u2013" : `${num(r.p95)} ms`}${r.resolutionP95 !== void 0 ? ` (\xB1${num(r.resolutionP95)} ms bucket)` : ""}${r.baselineP95 !== void 0 ? `; baseline p95 ${num(r.baselineP95)} ms` : ""}`;
function panelMarkdown(panel) {
  if (!panel) return [];
  const out = ["### Saturation (server-side)", ""];
  if (panel.firstSaturated) out.push(`First saturated: **${escapeMarkdown(panel.firstSaturated)}**`, "");
  for (const t of panel.targets) {
    out.push(`${codeSpan(t.target)}`, "", "| resource | value |", "| --- | --- |");
    for (const [k, v] of facts(t)) out.push(`| ${k} | ${v} |`);
    for (const r of t.routes.slice(0, MAX_ROUTES))
      out.push(
        `| latency ${escapeMarkdown(r.route.slice(0, 120))} (${requests(r.count)}) | ${routeQuantiles(r)} |`
      );
    out.push("");
  }
  if (panel.generator)
    out.push(
      `Load generator (k6): ${pct(panel.generator.cpuShare)} of ${panel.generator.cpusAllowed ?? 1} CPU(s)${panel.generator.runQueueWaitShare !== void 0 ? `, waited for a CPU ${pct(panel.generator.runQueueWaitShare)} of its runnable time` : ""}.`
    );
  return out;
}
var requests = (count2) => `${Math.round(count2).toLocaleString("en-US")} req`;
function panelTerminal(panel) {
  if (!panel) return [];
  const out = ["", "saturation (server-side):"];
  if (panel.firstSaturated) out.push(`  first saturated: ${escapeTerminal(panel.firstSaturated)}`);
  for (const t of panel.targets) {
    out.push(`  ${escapeTerminal(t.target)}`);
    for (const [k, v] of facts(t)) out.push(`    ${k}: ${v}`);
    for (const r of t.routes.slice(0, MAX_ROUTES))
      out.push(`    latency ${escapeTerminal(r.route)} (${requests(r.count)}): ${routeQuantiles(r)}`);
  }
  if (panel.generator)
    out.push(
      `  load generator (k6): ${pct(panel.generator.cpuShare)} of ${panel.generator.cpusAllowed ?? 1} CPU(s)${panel.generator.runQueueWaitShare !== void 0 ? `, waited for a CPU ${pct(panel.generator.runQueueWaitShare)} of its runnable time` : ""}`
    );
  return out;
}

// src/render/mermaid.ts
var num2 = (x) => Number.isFinite(x) ? String(Number(x.toPrecision(4))) : "0";
var series = (xs) => `[${xs.map(num2).join(", ")}]`;
function mermaidXyChart(chart2) {
  const range = chart2.yRange ? ` ${num2(chart2.yRange[0])} --> ${num2(chart2.yRange[1])}` : "";
  return [
    "```mermaid",
    "xychart-beta",
    `  title "${escapeMermaid(chart2.title)}"`,
    `  x-axis [${chart2.x.map((label) => `"${escapeMermaid(label)}"`).join(", ")}]`,
    `  y-axis "${escapeMermaid(chart2.y)}"${range}`,
    ...(chart2.bars ?? []).map((b) => `  bar ${series(b)}`),
    ...(chart2.lines ?? []).map((l) => `  line ${series(l)}`),
    "```"
  ];
}

// src/render/baseline-basis.ts
var runs = (n) => `${n} run${n === 1 ? "" : "s"}`;
var commits = (n) => `${n} commit${n === 1 ? "" : "s"}`;
function basisText(b, code) {
  if (!b.baseCommit || !b.basis) return void 0;
  const base = code(b.baseCommit.slice(0, 7));
  const nearest = b.commits?.[0];
  if (b.basis === "newest" || !nearest)
    return `${runs(b.runs)} of the newest commits (none at the base commit ${base} or its ancestors)`;
  const older = b.runs - nearest.runs;
  const more = older > 0 ? ` (+${older} older)` : "";
  if (b.basis === "base-commit") return `${runs(nearest.runs)} at the base commit ${base}${more}`;
  return `${runs(nearest.runs)} at ${code(nearest.commit.slice(0, 7))}, ${commits(nearest.behind ?? 0)} before the base commit ${base} (it has no usable run yet)${more}`;
}

// src/domain/capacity-model.ts
var CAPACITY_RATE_UNIT = "iterations/s";

// src/domain/capacity/slo.ts
var SHAPE = /^([\p{L}\p{N}_]+):(p\d{1,2}(?:\.\d+)?|rate)\s*(<=?)\s*([0-9]*\.?[0-9]+)\s*(ms|s|%)?$/u;
function parseSlo(raw, label = "--slo") {
  const text2 = raw.trim();
  const m = SHAPE.exec(text2);
  const bad2 = (why) => {
    throw new PerfGateError(
      `${label} "${text2.slice(0, 80)}" ${why}`,
      "Write it like http_req_duration:p95<200ms or http_req_failed:rate<1%"
    );
  };
  if (!m) return bad2("is not metric:stat<limit");
  const [, metric, stat2, op, num4, unit] = m;
  const value = Number(num4);
  if (stat2 === "rate") {
    if (unit === "ms" || unit === "s") bad2("is a rate: its limit is a fraction or a percentage");
    const limit2 = unit === "%" ? value / 100 : value;
    if (!(limit2 > 0 && limit2 <= 1)) bad2("needs a rate limit above 0 and at most 100%");
    return { text: text2, metric, stat: stat2, limit: limit2, inclusive: op === "<=" };
  }
  const quantile2 = Number(stat2.slice(1)) / 100;
  if (!(quantile2 > 0 && quantile2 < 1)) bad2("needs a percentile between p0 and p100");
  if (unit === "%") bad2("is a percentile: its limit is a duration (ms or s)");
  const limit = unit === "s" ? value * 1e3 : value;
  if (!(limit > 0)) bad2("needs a limit above 0");
  return { text: text2, metric, stat: stat2, quantile: quantile2, limit, inclusive: op === "<=" };
}
var within = (slo, value) => slo.inclusive ? value <= slo.limit : value < slo.limit;

// src/render/capacity.ts
var num3 = (n) => Number(n.toPrecision(4)).toString();
var pct2 = (x) => `${x >= 0 ? "+" : ""}${Number((x * 100).toFixed(1))}%`;
function formatEstimate(e) {
  if (!e) return "none";
  return `${num3(e.rate)}/s [${num3(e.low)}\u2013${e.high === null ? "not reached" : num3(e.high)}]`;
}
function capacityLine(c) {
  const change = c.change === null ? "" : `, ${pct2(c.change)}${c.changeRange ? ` [${pct2(c.changeRange[0])}, ${c.changeRange[1] === null ? "open" : pct2(c.changeRange[1])}]` : ""}`;
  return `${formatEstimate(c.baseline)} \u2192 ${formatEstimate(c.candidate)}${change} (tolerance ${Number((c.tolerance * 100).toFixed(2))}%): ${c.verdict}`;
}
function sloOf(text2) {
  try {
    return parseSlo(text2);
  } catch {
    return void 0;
  }
}
function valuesAt(steps, rates, pick) {
  const points = steps.map((s) => [s.offered, pick(s)]).filter((p) => p[1] !== null && Number.isFinite(p[1])).sort((a, b) => a[0] - b[0]);
  return rates.map((r) => {
    if (points.length === 0) return 0;
    const after = points.findIndex((p) => p[0] >= r);
    if (after === 0) return points[0][1];
    if (after === -1) return points[points.length - 1][1];
    const [x1, y1] = points[after];
    const [x0, y0] = points[after - 1];
    return x1 === x0 ? y1 : y0 + (y1 - y0) * (r - x0) / (x1 - x0);
  });
}
function chartOf(title, unit, c, pick, limit) {
  const rates = [...new Set([...c.steps.baseline, ...c.steps.candidate].map((s) => s.offered))].filter((r) => Number.isFinite(r)).sort((a, b) => a - b);
  if (rates.length < 2) return [];
  const line = (vs) => `  line [${vs.map(num3).join(", ")}]`;
  return [
    "```mermaid",
    "xychart-beta",
    `  title "${title}"`,
    `  x-axis "offered ${CAPACITY_RATE_UNIT}" [${rates.map(num3).join(", ")}]`,
    `  y-axis "${unit}"`,
    ...c.steps.baseline.length > 0 ? [line(valuesAt(c.steps.baseline, rates, pick))] : [],
    line(valuesAt(c.steps.candidate, rates, pick)),
    ...limit !== void 0 ? [line(rates.map(() => limit))] : [],
    "```"
  ];
}
function stepRow(s) {
  const ms2 = (v) => v === null ? "n/a" : `${num3(v)} ms`;
  const mark = s.verdict === "met" ? "\u2713" : s.verdict === "broken" ? "\u2717" : "\u26A0\uFE0F generator";
  return `| ${num3(s.offered)} | ${num3(s.achieved)} | ${ms2(s.p50)} | ${ms2(s.p95)} | ${ms2(s.p99)} | ${s.errorRate === null ? "n/a" : `${num3(s.errorRate * 100)}%`} | ${s.dropped} | ${mark} |`;
}
function stepsTable(title, steps) {
  if (steps.length === 0) return [];
  return [
    `<details><summary>${title}: ${steps.length} steps</summary>`,
    "",
    `| offered ${CAPACITY_RATE_UNIT} | achieved ${CAPACITY_RATE_UNIT} | p50 | p95 | p99 | errors | dropped | objectives |`,
    "|---|---|---|---|---|---|---|---|",
    ...[...steps].sort((a, b) => a.offered - b.offered).map(stepRow),
    "",
    "</details>"
  ];
}
function marginText(m) {
  const rate = sloOf(m.slo)?.quantile === void 0;
  const value = m.value === null ? "n/a" : rate ? `${num3(m.value * 100)}%` : `${num3(m.value)} ms`;
  const headroom = m.margin === null ? "n/a" : `${Number((m.margin * 100).toFixed(1))}% headroom`;
  return `${codeSpan(m.slo, 80)} ${value} (${headroom})`;
}
function capacitySection(report) {
  const c = report.capacity;
  if (!c) return [];
  const slos = c.slos.map(sloOf);
  const p95 = slos.find((s) => s?.metric === HTTP_REQ_DURATION && s.stat === "p95");
  const errors = slos.find((s) => s?.metric === HTTP_REQ_FAILED && s.stat === "rate");
  const out = [
    `**Capacity** (maximum sustained rate under ${c.slos.map((s) => codeSpan(s, 80)).join(", ")}, in ${CAPACITY_RATE_UNIT}): ${escapeMarkdown(capacityLine(c))}`
  ];
  if (c.brokeFirst.length > 0)
    out.push("", `**Broke first:** ${c.brokeFirst.map((s) => codeSpan(s, 80)).join(", ")}.`);
  if (c.bottleneck)
    out.push(
      "",
      `**Bottleneck:** ${escapeMarkdown(c.bottleneck.resource)}: ${escapeMarkdown(c.bottleneck.evidence)}.`
    );
  if (c.margins && c.margins.length > 0)
    out.push("", `**Margins at ${num3(c.candidate.rate)}/s:** ${c.margins.map(marginText).join("; ")}.`);
  if (c.generatorLimited !== null)
    out.push(
      "",
      `**Load generator:** k6 could not keep up at ${num3(c.generatorLimited)}/s; the service may carry more.`
    );
  const legend = `Lines: ${c.steps.baseline.length > 0 ? "baseline, " : ""}candidate, then the objective; values between a run's steps are interpolated.`;
  const latencyChart = chartOf("p95 latency (ms) against offered rate", "ms", c, (s) => s.p95, p95?.limit);
  const charts = [
    ...latencyChart,
    ...latencyChart.length > 0 ? [""] : [],
    ...chartOf(
      "error rate (%) against offered rate",
      "%",
      c,
      (s) => s.errorRate === null ? null : s.errorRate * 100,
      errors ? errors.limit * 100 : void 0
    )
  ];
  if (charts.length > 0) out.push("", ...charts, "", `<sub>${legend}</sub>`);
  out.push(
    "",
    ...stepsTable("Baseline steps", c.steps.baseline),
    ...c.steps.baseline.length > 0 ? [""] : [],
    ...stepsTable("Candidate steps", c.steps.candidate)
  );
  return out;
}

// src/domain/gate-config.ts
var DEFAULT_GATE_CONFIG = {
  quantiles: [0.5, 0.95, 0.99],
  gatedQuantiles: [0.5, 0.95],
  latencyTolerance: 0.1,
  errorRateTolerance: 1e-3,
  throughputTolerance: 0.1,
  confidence: 0.99,
  runNoisePrior: 0.03,
  minTailSamples: 10,
  minRequests: 100,
  inconclusivePolicy: "warn",
  forceFingerprint: false,
  // What each built-in metric means (gated, diagnostic, direction) lives in metric-catalog.ts; rules override it.
  rules: []
};
function quantileLabel(q) {
  return `p${Number((q * 100).toFixed(3))}`;
}
function quantileOfLabel(stat2) {
  const m = /^p(\d+(?:\.\d+)?)$/.exec(stat2);
  return m ? Number(m[1]) / 100 : void 0;
}
function knownStats(config = DEFAULT_GATE_CONFIG) {
  return [...config.quantiles.map(quantileLabel), "rate", "throughput", "mean"];
}
var scaleOfStat = (stat2) => stat2 === "rate" ? "difference" : "ratio";
var SCALE_WORDS = {
  ratio: "a relative change (e.g. 20%)",
  difference: "percentage points (e.g. 0.5pp)"
};
function ruleApplies(rule, metric, stat2, series2) {
  if (rule.metric !== metric) return false;
  if (stat2 !== void 0 && rule.stat !== void 0 && rule.stat !== stat2) return false;
  return Object.entries(rule.series ?? {}).every(([k, v]) => series2[k] === v);
}
function ruleFor(config, metric, stat2, defaults, series2 = {}) {
  let { gated, tolerance } = defaults;
  for (const rule of config.rules) {
    if (!ruleApplies(rule, metric, stat2, series2)) continue;
    if (rule.gated !== void 0) gated = rule.gated;
    if (rule.tolerance === void 0) continue;
    if (rule.toleranceScale !== void 0 && rule.toleranceScale !== scaleOfStat(stat2))
      throw new PerfGateError(
        `the rule for ${metric} gives a tolerance in ${SCALE_WORDS[rule.toleranceScale]}, but its ${stat2} is compared as ${SCALE_WORDS[scaleOfStat(stat2)]}`,
        `Write the tolerance of ${metric}:${stat2} as ${SCALE_WORDS[scaleOfStat(stat2)]}, or name the rule's "stats"`
      );
    tolerance = rule.tolerance;
  }
  return { gated, tolerance };
}
function ruleDirection(config, metric) {
  let direction;
  for (const rule of config.rules) if (rule.metric === metric && rule.direction) direction = rule.direction;
  return direction;
}

// node_modules/simple-statistics/dist/simple-statistics.mjs
function sum(x) {
  if (x.length === 0) {
    return 0;
  }
  var sum2 = x[0];
  var correction = 0;
  var transition;
  if (typeof sum2 !== "number") {
    return Number.NaN;
  }
  for (var i = 1; i < x.length; i++) {
    if (typeof x[i] !== "number") {
      return Number.NaN;
    }
    transition = sum2 + x[i];
    if (Math.abs(sum2) >= Math.abs(x[i])) {
      correction += sum2 - transition + x[i];
    } else {
      correction += x[i] - transition + sum2;
    }
    sum2 = transition;
  }
  return sum2 + correction;
}
function mean(x) {
  if (x.length === 0) {
    throw new Error("mean requires at least one data point");
  }
  return sum(x) / x.length;
}
function sumNthPowerDeviations(x, n) {
  var meanValue = mean(x);
  var sum2 = 0;
  var tempValue;
  var i;
  if (n === 2) {
    for (i = 0; i < x.length; i++) {
      tempValue = x[i] - meanValue;
      sum2 += tempValue * tempValue;
    }
  } else {
    for (i = 0; i < x.length; i++) {
      sum2 += Math.pow(x[i] - meanValue, n);
    }
  }
  return sum2;
}
function sampleVariance(x) {
  if (x.length < 2) {
    throw new Error("sampleVariance requires at least two data points");
  }
  var sumSquaredDeviationsValue = sumNthPowerDeviations(x, 2);
  var besselsCorrection = x.length - 1;
  return sumSquaredDeviationsValue / besselsCorrection;
}
function sampleStandardDeviation(x) {
  var sampleVarianceX = sampleVariance(x);
  return Math.sqrt(sampleVarianceX);
}
function quantileSorted(x, p) {
  var idx = (x.length - 1) * p;
  if (x.length === 0) {
    throw new Error("quantile requires at least one data point.");
  } else if (p < 0 || p > 1) {
    throw new Error("quantiles must be between 0 and 1");
  } else if (p === 1) {
    return x[x.length - 1];
  } else if (p === 0) {
    return x[0];
  } else if (idx % 1 !== 0) {
    var lower = Math.floor(idx);
    var upper = Math.ceil(idx);
    var fraction = idx - lower;
    return x[lower] + fraction * (x[upper] - x[lower]);
  } else {
    return x[idx];
  }
}
function quickselect(arr, k, left, right) {
  left = left || 0;
  right = right || arr.length - 1;
  while (right > left) {
    if (right - left > 600) {
      var n = right - left + 1;
      var m = k - left + 1;
      var z2 = Math.log(n);
      var s = 0.5 * Math.exp(2 * z2 / 3);
      var sd = 0.5 * Math.sqrt(z2 * s * (n - s) / n);
      if (m - n / 2 < 0) {
        sd *= -1;
      }
      var newLeft = Math.max(left, Math.floor(k - m * s / n + sd));
      var newRight = Math.min(
        right,
        Math.floor(k + (n - m) * s / n + sd)
      );
      quickselect(arr, k, newLeft, newRight);
    }
    var t = arr[k];
    var i = left;
    var j = right;
    swap(arr, left, k);
    if (arr[right] > t) {
      swap(arr, left, right);
    }
    while (i < j) {
      swap(arr, i, j);
      i++;
      j--;
      while (arr[i] < t) {
        i++;
      }
      while (arr[j] > t) {
        j--;
      }
    }
    if (arr[left] === t) {
      swap(arr, left, j);
    } else {
      j++;
      swap(arr, j, right);
    }
    if (j <= k) {
      left = j + 1;
    }
    if (k <= j) {
      right = j - 1;
    }
  }
}
function swap(arr, i, j) {
  var tmp = arr[i];
  arr[i] = arr[j];
  arr[j] = tmp;
}
function quantile(x, p) {
  var copy = x.slice();
  if (Array.isArray(p)) {
    multiQuantileSelect(copy, p);
    var results = [];
    for (var i = 0; i < p.length; i++) {
      results[i] = quantileSorted(copy, p[i]);
    }
    return results;
  } else {
    var idx = quantileIndex(copy.length, p);
    quantileSelect(copy, idx, 0, copy.length - 1);
    return quantileSorted(copy, p);
  }
}
function quantileSelect(arr, k, left, right) {
  if (k % 1 === 0) {
    quickselect(arr, k, left, right);
  } else {
    k = Math.floor(k);
    quickselect(arr, k, left, right);
    quickselect(arr, k + 1, k + 1, right);
  }
}
function multiQuantileSelect(arr, p) {
  var positions = /* @__PURE__ */ new Set();
  for (var i = 0; i < p.length; i++) {
    var idx = quantileIndex(arr.length, p[i]);
    positions.add(Math.floor(idx));
    positions.add(Math.ceil(idx));
  }
  var indices = Array.from(positions).sort(compare);
  multiselect(arr, indices, 0, indices.length - 1, 0, arr.length - 1);
}
function multiselect(arr, indices, lo, hi, left, right) {
  if (lo > hi) {
    return;
  }
  var mid = lo + hi >> 1;
  quickselect(arr, indices[mid], left, right);
  multiselect(arr, indices, lo, mid - 1, left, indices[mid] - 1);
  multiselect(arr, indices, mid + 1, hi, indices[mid] + 1, right);
}
function compare(a, b) {
  return a - b;
}
function quantileIndex(len, p) {
  var idx = (len - 1) * p;
  if (p === 1) {
    return len - 1;
  } else if (p === 0) {
    return 0;
  } else if (idx % 1 !== 0) {
    return idx;
  } else {
    return idx;
  }
}
function median(x) {
  return +quantile(x, 0.5);
}
function medianAbsoluteDeviation(x) {
  var medianValue = median(x);
  var medianAbsoluteDeviations = [];
  for (var i = 0; i < x.length; i++) {
    medianAbsoluteDeviations.push(Math.abs(x[i] - medianValue));
  }
  return median(medianAbsoluteDeviations);
}
var BayesianClassifier = function BayesianClassifier2() {
  this.totalCount = 0;
  this.data = {};
};
BayesianClassifier.prototype.train = function train(item, category) {
  if (!this.data[category]) {
    this.data[category] = {};
  }
  for (var k in item) {
    var v = item[k];
    if (this.data[category][k] === void 0) {
      this.data[category][k] = {};
    }
    if (this.data[category][k][v] === void 0) {
      this.data[category][k][v] = 0;
    }
    this.data[category][k][v]++;
  }
  this.totalCount++;
};
BayesianClassifier.prototype.score = function score(item) {
  var odds = {};
  var category;
  for (var k in item) {
    var v = item[k];
    for (category in this.data) {
      if (odds[category] === void 0) {
        odds[category] = {};
      }
      if (this.data[category][k]) {
        odds[category][k + "_" + v] = (this.data[category][k][v] || 0) / this.totalCount;
      } else {
        odds[category][k + "_" + v] = 0;
      }
    }
  }
  var oddsSums = {};
  for (category in odds) {
    oddsSums[category] = 0;
    for (var combination in odds[category]) {
      oddsSums[category] += odds[category][combination];
    }
  }
  return oddsSums;
};
var COEFFICIENTS = [
  0.9999999999999971,
  57.15623566586292,
  -59.59796035547549,
  14.136097974741746,
  -0.4919138160976202,
  3399464998481189e-20,
  4652362892704858e-20,
  -9837447530487956e-20,
  1580887032249125e-19,
  -21026444172410488e-20,
  21743961811521265e-20,
  -1643181065367639e-19,
  8441822398385275e-20,
  -26190838401581408e-21,
  36899182659531625e-22
];
var g = 607 / 128;
var LOGSQRT2PI = Math.log(Math.sqrt(2 * Math.PI));
function gammaln(n) {
  if (n <= 0) {
    return Number.POSITIVE_INFINITY;
  }
  n--;
  var a = COEFFICIENTS[0];
  for (var i = 1; i < 15; i++) {
    a += COEFFICIENTS[i] / (n + i);
  }
  var tmp = g + 0.5 + n;
  return LOGSQRT2PI + Math.log(a) - tmp + (n + 0.5) * Math.log(tmp);
}
var SQRT_2PI$1 = Math.sqrt(2 * Math.PI);
function cumulativeDistribution(z2) {
  var sum2 = z2;
  var tmp = z2;
  for (var i = 1; i < 30; i++) {
    tmp *= z2 * z2 / (2 * i + 1);
    sum2 += tmp;
  }
  return Math.round((0.5 + sum2 / SQRT_2PI$1 * Math.exp(-z2 * z2 / 2)) * 1e4) / 1e4;
}
var standardNormalTable = [];
for (z = 0; z <= 3.09; z += 0.01) {
  standardNormalTable.push(cumulativeDistribution(z));
}
var z;
var SQRT_2PI = Math.sqrt(2 * Math.PI);
var PerceptronModel = function PerceptronModel2() {
  this.weights = [];
  this.bias = 0;
};
PerceptronModel.prototype.predict = function predict(features) {
  if (features.length !== this.weights.length) {
    return null;
  }
  var score2 = 0;
  for (var i = 0; i < this.weights.length; i++) {
    score2 += this.weights[i] * features[i];
  }
  score2 += this.bias;
  if (score2 > 0) {
    return 1;
  } else {
    return 0;
  }
};
PerceptronModel.prototype.train = function train2(features, label) {
  if (label !== 0 && label !== 1) {
    return null;
  }
  if (features.length !== this.weights.length) {
    this.weights = features.slice();
    this.bias = 1;
  }
  var prediction = this.predict(features);
  if (typeof prediction === "number" && prediction !== label) {
    var gradient = label - prediction;
    for (var i = 0; i < this.weights.length; i++) {
      this.weights[i] += gradient * features[i];
    }
    this.bias += gradient;
  }
  return this;
};

// src/domain/stats/binomial-test.ts
function binomialUpperTail(k, n, p) {
  if (k <= 0) return 1;
  if (k > n) return 0;
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  const logP = Math.log(p);
  const logQ = Math.log(1 - p);
  const logNFact = gammaln(n + 1);
  let sum2 = 0;
  for (let i = k; i <= n; i++) {
    sum2 += Math.exp(logNFact - gammaln(i + 1) - gammaln(n - i + 1) + i * logP + (n - i) * logQ);
  }
  return Math.min(1, sum2);
}
function errorIncreasePValue(xBaseline, nBaseline, xCandidate, nCandidate) {
  return binomialUpperTail(xCandidate, xBaseline + xCandidate, nCandidate / (nBaseline + nCandidate));
}

// src/domain/stats/wilson.ts
function wilsonInterval(x, n, z2) {
  if (!(n > 0)) throw new RangeError(`wilsonInterval: n must be > 0, got ${n}`);
  if (!(x >= 0 && x <= n)) throw new RangeError(`wilsonInterval: x must be in [0, n], got ${x}`);
  const p = x / n;
  const z22 = z2 * z2;
  const denom = 1 + z22 / n;
  const centre = (p + z22 / (2 * n)) / denom;
  const half = z2 * Math.sqrt(p * (1 - p) / n + z22 / (4 * n * n)) / denom;
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

// src/domain/stats/normal-quantile.ts
function normalQuantile(p) {
  if (!(p > 0 && p < 1)) throw new RangeError(`normalQuantile: p must be in (0, 1), got ${p}`);
  const a = [
    -39.69683028665376,
    220.9460984245205,
    -275.9285104469687,
    138.357751867269,
    -30.66479806614716,
    2.506628277459239
  ];
  const b = [
    -54.47609879822406,
    161.5858368580409,
    -155.6989798598866,
    66.80131188771972,
    -13.28068155288572
  ];
  const c = [
    -0.007784894002430293,
    -0.3223964580411365,
    -2.400758277161838,
    -2.549732539343734,
    4.374664141464968,
    2.938163982698783
  ];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const low = 0.02425;
  let x;
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  } else if (p <= 1 - low) {
    const q = p - 0.5;
    const r = q * q;
    x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
  } else {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  }
  return x;
}
function erfc(x) {
  const z2 = Math.abs(x);
  const t = 1 / (1 + 0.5 * z2);
  const r = t * Math.exp(
    -z2 * z2 - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))))
  );
  return x >= 0 ? r : 2 - r;
}
function normalCdf(z2) {
  return 0.5 * erfc(-z2 / Math.SQRT2);
}

// src/domain/stats/newcombe.ts
function newcombeInterval(x1, n1, x2, n2, z2) {
  const p1 = x1 / n1;
  const p2 = x2 / n2;
  const [l1, u1] = wilsonInterval(x1, n1, z2);
  const [l2, u2] = wilsonInterval(x2, n2, z2);
  const d = p2 - p1;
  return [d - Math.sqrt((p2 - l2) ** 2 + (u1 - p1) ** 2), d + Math.sqrt((u2 - p2) ** 2 + (p1 - l1) ** 2)];
}
function newcombePValue(x1, n1, x2, n2, threshold) {
  const lower = (z2) => newcombeInterval(x1, n1, x2, n2, z2)[0];
  if (!(x2 / n2 - x1 / n1 > threshold)) return 1;
  let lo = 0;
  let hi = 1;
  while (lower(hi) > threshold) {
    if (hi >= 40) return 0;
    lo = hi;
    hi = Math.min(40, hi * 2);
  }
  while (hi - lo > 1e-9) {
    const mid = (lo + hi) / 2;
    if (lower(mid) > threshold) lo = mid;
    else hi = mid;
  }
  return normalCdf(-(lo + hi) / 2);
}

// src/domain/compare/overdispersion.ts
function dispersion(counts) {
  const used = counts.filter((c) => c.total > 0);
  const hits = used.reduce((s, c) => s + c.hits, 0);
  const total = used.reduce((s, c) => s + c.total, 0);
  if (used.length < 2 || hits === 0 || hits === total) return 1;
  const p = hits / total;
  let chi2 = 0;
  for (const c of used) chi2 += (c.hits - c.total * p) ** 2 / (c.total * p * (1 - p));
  return Math.max(1, chi2 / (used.length - 1));
}
function windowRateCounts(windows, metric) {
  return windows.map((w) => ({ hits: w.rates[metric]?.passes ?? 0, total: w.rates[metric]?.total ?? 0 }));
}

// src/domain/compare/verdict.ts
function classify(interval, tolerance, scale, direction) {
  const neutral = scale === "ratio" ? 1 : 0;
  if (direction === "unknown") {
    const within2 = scale === "ratio" ? (x) => Math.abs(Math.log(x)) <= Math.log(1 + tolerance) : (x) => Math.abs(x) <= tolerance;
    return within2(interval[0]) && within2(interval[1]) ? "unchanged" : "inconclusive";
  }
  const [lo, hi] = direction === "higher-is-worse" ? interval : scale === "ratio" ? [1 / interval[1], 1 / interval[0]] : [-interval[1], -interval[0]];
  const badEdge = neutral + tolerance;
  const goodEdge = neutral - tolerance;
  if (lo > badEdge) return "regression";
  if (hi < goodEdge) return "improvement";
  if (hi <= badEdge) return "unchanged";
  return "inconclusive";
}
function changeBeyondTolerance(change, scale, tolerance, direction) {
  if (direction === "unknown") return false;
  if (scale === "difference")
    return direction === "higher-is-worse" ? change > tolerance : -change > tolerance;
  return direction === "higher-is-worse" ? change > 1 + tolerance : change < 1 - tolerance;
}
function estimateBeyondTolerance(c) {
  if (c.scale === "difference")
    return changeBeyondTolerance(c.candidate - c.baseline, "difference", c.tolerance, c.direction);
  if (c.ratio === null) return false;
  return changeBeyondTolerance(c.ratio, "ratio", c.tolerance, c.direction);
}

// src/domain/compare/error-rate.ts
function rateEvidence(input, baseline, candidate) {
  if (input.direction === "unknown") return void 0;
  const bad2 = (s) => input.direction === "higher-is-worse" ? s : { x: s.n - s.x, n: s.n };
  const [b, c] = [bad2(baseline), bad2(candidate)];
  const exact = errorIncreasePValue(b.x, b.n, c.x, c.n);
  return {
    change: Math.max(newcombePValue(b.x, b.n, c.x, c.n, 0), exact),
    regression: Math.max(newcombePValue(b.x, b.n, c.x, c.n, input.tolerance), exact),
    exact
  };
}
function compareRate(input) {
  const c = input.candidate.rates[input.metric];
  if (!c || c.total === 0) return void 0;
  let bPasses = 0;
  let bTotal = 0;
  const bWindows = [];
  for (const s of input.baseline) {
    const r = s.rates[input.metric];
    if (!r) continue;
    bPasses += r.passes;
    bTotal += r.total;
    bWindows.push(...windowRateCounts(s.windows, input.metric));
  }
  if (bTotal === 0) return void 0;
  const phiC = dispersion(windowRateCounts(input.candidate.windows, input.metric));
  const phiB = dispersion(bWindows);
  const z2 = normalQuantile(input.config.confidence);
  const interval = newcombeInterval(bPasses / phiB, bTotal / phiB, c.passes / phiC, c.total / phiC, z2);
  const baseline = bPasses / bTotal;
  const candidate = c.passes / c.total;
  let verdict = classify(interval, input.tolerance, "difference", input.direction);
  let note;
  const pValues = rateEvidence(
    input,
    { x: bPasses / phiB, n: bTotal / phiB },
    { x: c.passes / phiC, n: c.total / phiC }
  );
  if (verdict === "regression" && pValues) {
    const p = pValues.exact;
    if (p > 1 - input.config.confidence) {
      verdict = "inconclusive";
      note = `too few events to be sure (exact binomial test p = ${p.toPrecision(2)})`;
    }
  }
  const enough = c.total >= input.config.minRequests && Math.floor(bTotal / input.baseline.length) >= input.config.minRequests;
  return {
    metric: input.metric,
    stat: "rate",
    series: input.key,
    baseline,
    candidate,
    ratio: baseline > 0 ? candidate / baseline : null,
    scale: "difference",
    interval,
    tolerance: input.tolerance,
    direction: input.direction,
    verdict,
    gated: input.gated && enough && input.direction !== "unknown",
    method: `Newcombe hybrid score interval${phiB > 1 || phiC > 1 ? ` (burst dispersion ${Math.max(phiB, phiC).toFixed(1)})` : ""}; exact binomial test`,
    samples: { baseline: bTotal, candidate: c.total },
    ...pValues ? { pValues: { change: pValues.change, regression: pValues.regression } } : {},
    ...note ? { note } : input.gated && !enough ? {
      note: `too few samples to gate: ${Math.min(c.total, Math.floor(bTotal / input.baseline.length))} per run, ${input.config.minRequests} needed (run longer or at a higher rate)`
    } : {}
  };
}

// src/domain/histogram.ts
var ZERO_THRESHOLD = 1e-9;
var DEFAULT_ALPHA = 2e-3;
var BucketStore = class _BucketStore {
  offset = 0;
  counts = [];
  total = 0;
  add(index, n) {
    if (this.counts.length === 0) {
      this.offset = index;
      this.counts.push(n);
    } else if (index < this.offset) {
      const grow = this.offset - index;
      this.counts = new Array(grow).fill(0).concat(this.counts);
      this.offset = index;
      this.counts[0] = n;
    } else {
      const at = index - this.offset;
      while (this.counts.length <= at) this.counts.push(0);
      this.counts[at] = this.counts[at] + n;
    }
    this.total += n;
  }
  mergeFrom(other) {
    other.counts.forEach((c, i) => {
      if (c > 0) this.add(other.offset + i, c);
    });
  }
  encode() {
    if (this.total === 0) return [];
    const out = [this.offset];
    let zeros = 0;
    for (const c of this.counts) {
      if (c === 0) {
        zeros++;
        continue;
      }
      if (zeros > 0) out.push(-zeros);
      zeros = 0;
      out.push(c);
    }
    return out;
  }
  static decode(encoded) {
    const store = new _BucketStore();
    if (encoded.length === 0) return store;
    let index = encoded[0];
    for (let k = 1; k < encoded.length; k++) {
      const v = encoded[k];
      if (v < 0) index += -v;
      else {
        store.add(index, v);
        index++;
      }
    }
    return store;
  }
};
var Histogram = class _Histogram {
  alpha;
  gamma;
  logGamma;
  pos = new BucketStore();
  neg = new BucketStore();
  zeroCount = 0;
  total = 0;
  sumValue = 0;
  minValue = Infinity;
  maxValue = -Infinity;
  constructor(alpha = DEFAULT_ALPHA) {
    if (!(alpha > 0 && alpha < 1)) throw new RangeError(`relative accuracy must be in (0, 1), got ${alpha}`);
    this.alpha = alpha;
    this.gamma = (1 + alpha) / (1 - alpha);
    this.logGamma = Math.log(this.gamma);
  }
  get count() {
    return this.total;
  }
  get sum() {
    return this.sumValue;
  }
  /** Exact minimum; NaN when empty. */
  get min() {
    return this.total === 0 ? NaN : this.minValue;
  }
  /** Exact maximum; NaN when empty. */
  get max() {
    return this.total === 0 ? NaN : this.maxValue;
  }
  /** Exact arithmetic mean; NaN when empty. */
  get mean() {
    return this.total === 0 ? NaN : this.sumValue / this.total;
  }
  /** Adds `n` occurrences of `value` (n defaults to 1). Non-finite values are ignored. O(1) amortised. */
  add(value, n = 1) {
    if (!Number.isFinite(value) || n <= 0) return;
    if (value > ZERO_THRESHOLD) this.pos.add(this.indexOf(value), n);
    else if (value < -ZERO_THRESHOLD) this.neg.add(this.indexOf(-value), n);
    else this.zeroCount += n;
    this.total += n;
    this.sumValue += value * n;
    if (value < this.minValue) this.minValue = value;
    if (value > this.maxValue) this.maxValue = value;
  }
  /** Adds every bucket of `other` into this histogram. Both must have the same alpha. */
  merge(other) {
    if (other.alpha !== this.alpha) {
      throw new RangeError(
        `cannot merge histograms of different accuracy (${this.alpha} and ${other.alpha})`
      );
    }
    if (other.total === 0) return this;
    this.pos.mergeFrom(other.pos);
    this.neg.mergeFrom(other.neg);
    this.zeroCount += other.zeroCount;
    this.total += other.total;
    this.sumValue += other.sumValue;
    this.minValue = Math.min(this.minValue, other.minValue);
    this.maxValue = Math.max(this.maxValue, other.maxValue);
    return this;
  }
  clone() {
    return new _Histogram(this.alpha).merge(this);
  }
  /**
   * The type-7 quantile estimate for p in [0, 1], within `alpha` relative error of the exact value.
   * NaN when empty. O(number of buckets).
   * @example h.quantile(0.95)
   */
  quantile(p) {
    if (!(p >= 0 && p <= 1)) throw new RangeError(`quantile p must be in [0, 1], got ${p}`);
    if (this.total === 0) return NaN;
    const h = p * (this.total - 1);
    const lo = Math.floor(h);
    const frac = h - lo;
    const [a, b] = this.valuesAtRanks(lo, frac > 0 ? lo + 1 : lo);
    return a + frac * (b - a);
  }
  /** Quantiles for several p at once. */
  quantiles(ps) {
    return ps.map((p) => this.quantile(p));
  }
  /** Non-empty buckets in ascending order of value, each with its representative value. */
  buckets() {
    const out = [];
    for (let i = this.neg.counts.length - 1; i >= 0; i--) {
      const c = this.neg.counts[i];
      if (c > 0) out.push({ value: -this.valueOf(this.neg.offset + i), count: c });
    }
    if (this.zeroCount > 0) out.push({ value: 0, count: this.zeroCount });
    this.pos.counts.forEach((c, i) => {
      if (c > 0) out.push({ value: this.valueOf(this.pos.offset + i), count: c });
    });
    return out;
  }
  toJSON() {
    return {
      alpha: this.alpha,
      count: this.total,
      sum: this.sumValue,
      min: this.total === 0 ? 0 : this.minValue,
      max: this.total === 0 ? 0 : this.maxValue,
      zero: this.zeroCount,
      pos: this.pos.encode(),
      neg: this.neg.encode()
    };
  }
  /** Rebuilds a histogram; throws a RangeError naming the inconsistency when the counts do not add up. */
  static fromJSON(json) {
    const h = new _Histogram(json.alpha);
    const pos = BucketStore.decode(json.pos);
    const neg = BucketStore.decode(json.neg);
    if (pos.total + neg.total + json.zero !== json.count) {
      throw new RangeError(
        `histogram buckets hold ${pos.total + neg.total + json.zero} values but count says ${json.count}`
      );
    }
    h.pos.mergeFrom(pos);
    h.neg = neg;
    h.zeroCount = json.zero;
    h.total = json.count;
    h.sumValue = json.sum;
    if (json.count > 0) {
      h.minValue = json.min;
      h.maxValue = json.max;
    }
    return h;
  }
  /** Builds a histogram from plain values (tests, simulations). */
  static of(values, alpha = DEFAULT_ALPHA) {
    const h = new _Histogram(alpha);
    for (const v of values) h.add(v);
    return h;
  }
  indexOf(magnitude) {
    const index = Math.ceil(Math.log(magnitude) / this.logGamma);
    return index === 0 ? 0 : index;
  }
  valueOf(index) {
    return 2 * Math.pow(this.gamma, index) / (this.gamma + 1);
  }
  /** The estimated values at 0-based ranks r1 <= r2, clamped to the exact [min, max]. */
  valuesAtRanks(r1, r2) {
    const at = (r) => r === 0 ? this.minValue : r === this.total - 1 ? this.maxValue : void 0;
    let v1 = at(r1);
    let v2 = at(r2);
    if (v1 === void 0 || v2 === void 0) {
      let seen = 0;
      for (const b of this.buckets()) {
        seen += b.count;
        if (v1 === void 0 && r1 < seen) v1 = b.value;
        if (v2 === void 0 && r2 < seen) {
          v2 = b.value;
          break;
        }
      }
    }
    const clamp = (v) => Math.min(this.maxValue, Math.max(this.minValue, v));
    return [clamp(v1), clamp(v2)];
  }
};

// src/domain/stats/batch-means.ts
function batchMeans(values) {
  if (values.length < 2) throw new RangeError("batchMeans needs at least 2 batches");
  const v = [...values];
  return { mean: mean(v), varianceOfMean: sampleVariance(v) / v.length, df: v.length - 1, batches: v.length };
}

// src/domain/compare/log-estimate.ts
var MIN_BATCHES = 4;
var ASSUMED_CV = 0.05;
function valueEstimate(value, batches) {
  const log = Math.log(value);
  if (batches.length < MIN_BATCHES) return { value, log, variance: ASSUMED_CV ** 2, df: Infinity };
  const m = mean([...batches]);
  return {
    value,
    log,
    variance: sampleVariance([...batches]) / batches.length / (m * m),
    df: batches.length - 1
  };
}

// src/domain/compare/quantile-estimate.ts
var MAX_BATCHES = 30;
var IID_FALLBACK_INFLATION = 4;
function estimateLogQuantile(series2, metric, q, minTail) {
  const json = series2.trends[metric];
  if (!json || json.count === 0) return void 0;
  const whole = Histogram.fromJSON(json);
  const value = whole.quantile(q);
  if (!(value > 0)) return void 0;
  const n = whole.count;
  const perBatch = Math.max(30, Math.ceil(minTail / (1 - q)));
  const windows = series2.windows.filter((w) => (w.trends[metric]?.count ?? 0) > 0);
  const windowed = windows.reduce((s, w) => s + (w.trends[metric]?.count ?? 0), 0);
  const batches = Math.min(MAX_BATCHES, windows.length, Math.floor(windowed / perBatch));
  if (batches >= MIN_BATCHES) {
    const target = windowed / batches;
    const logs = [];
    let current;
    let filled = 0;
    for (const w of windows) {
      const h = Histogram.fromJSON(w.trends[metric]);
      current = current ? current.merge(h) : h;
      filled += h.count;
      if (filled >= target * (logs.length + 1) && logs.length < batches - 1) {
        logs.push(Math.log(current.quantile(q)));
        current = void 0;
      }
    }
    if (current) logs.push(Math.log(current.quantile(q)));
    const valid2 = logs.filter(Number.isFinite);
    if (valid2.length >= MIN_BATCHES) {
      const bm = batchMeans(valid2);
      return {
        log: Math.log(value),
        variance: bm.varianceOfMean,
        df: bm.df,
        n,
        method: `batch means over ${valid2.length} time batches`
      };
    }
  }
  const z2 = normalQuantile(0.975);
  const spread = z2 * Math.sqrt(n * q * (1 - q));
  const rankShare = (rank) => Math.min(1, Math.max(0, rank / Math.max(1, n - 1)));
  const lo = whole.quantile(rankShare(n * q - spread));
  const hi = whole.quantile(rankShare(n * q + spread));
  const se = lo > 0 && hi > 0 ? (Math.log(hi) - Math.log(lo)) / (2 * z2) : 1;
  return {
    log: Math.log(value),
    variance: se * se * IID_FALLBACK_INFLATION,
    df: Infinity,
    n,
    method: `order statistics \xD7${IID_FALLBACK_INFLATION} variance (too few windows for batch means)`
  };
}

// src/domain/stats/incomplete-beta.ts
function regularizedIncompleteBeta(x, a, b) {
  if (!(x >= 0 && x <= 1)) throw new RangeError(`incomplete beta: x must be in [0, 1], got ${x}`);
  if (!(a > 0 && b > 0)) throw new RangeError("incomplete beta: a and b must be > 0");
  if (x === 0 || x === 1) return x;
  const logFront = gammaln(a + b) - gammaln(a) - gammaln(b) + a * Math.log(x) + b * Math.log(1 - x);
  if (x < (a + 1) / (a + b + 2)) return Math.exp(logFront) * continuedFraction(x, a, b) / a;
  return 1 - Math.exp(logFront) * continuedFraction(1 - x, b, a) / b;
}
function continuedFraction(x, a, b) {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - (a + b) * x / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 500; m++) {
    const m2 = 2 * m;
    let aa = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-15) break;
  }
  return h;
}

// src/domain/stats/student-t.ts
function studentTCdf(t, df) {
  if (!(df > 0)) throw new RangeError(`studentTCdf: df must be > 0, got ${df}`);
  const tail = regularizedIncompleteBeta(df / (df + t * t), df / 2, 0.5) / 2;
  return t >= 0 ? 1 - tail : tail;
}
function studentTQuantile(p, df) {
  if (!(p > 0 && p < 1)) throw new RangeError(`studentTQuantile: p must be in (0, 1), got ${p}`);
  if (!(df > 0)) throw new RangeError(`studentTQuantile: df must be > 0, got ${df}`);
  const z2 = normalQuantile(p);
  if (df > 1e6) return z2;
  if (p === 0.5) return 0;
  let lo = p > 0.5 ? 0 : Math.min(z2, -1);
  let hi = p > 0.5 ? Math.max(z2, 1) : 0;
  while (studentTCdf(hi, df) < p) hi *= 2;
  while (studentTCdf(lo, df) > p) lo *= 2;
  for (let i = 0; i < 200 && hi - lo > 1e-10 * Math.max(1, Math.abs(hi)); i++) {
    const mid = (lo + hi) / 2;
    if (studentTCdf(mid, df) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

// src/domain/compare/p-values.ts
function upperTail(x, df) {
  const d = Math.max(1, df);
  return d > 1e6 || !Number.isFinite(d) ? normalCdf(-x) : studentTCdf(-x, d);
}
function ratioPValues(logRatio, variance, df, tolerance, direction) {
  if (direction === "unknown") return void 0;
  const bad2 = direction === "higher-is-worse" ? logRatio : -logRatio;
  const edge = Math.log(1 + tolerance);
  const se = Math.sqrt(variance);
  if (!(se > 0)) return { change: bad2 > 0 ? 0 : 1, regression: bad2 > edge ? 0 : 1 };
  return { change: upperTail(bad2 / se, df), regression: upperTail((bad2 - edge) / se, df) };
}
function ratioEvidence(estimate, tolerance, direction) {
  const pValues = ratioPValues(estimate.logRatio, estimate.variance.total, estimate.df, tolerance, direction);
  const variance = {
    candidate: estimate.variance.candidate,
    baseline: estimate.variance.baseline,
    runToRun: estimate.variance.noise,
    candidateRuns: estimate.runs.candidate,
    baselineRuns: estimate.runs.baseline
  };
  return pValues ? { pValues, variance } : { variance };
}

// src/domain/stats/welch-df.ts
function welchDf(components) {
  let total = 0;
  let den = 0;
  for (const c of components) {
    total += c.variance;
    if (Number.isFinite(c.df) && c.df > 0) den += c.variance * c.variance / c.df;
  }
  if (den === 0) return Infinity;
  return total * total / den;
}

// src/domain/compare/run-noise.ts
var PRIOR_DF = 10;
function runNoise(perRunLogs, perRunVariances, prior) {
  const priorVariance = prior * prior;
  if (perRunLogs.length < 2) return { variance: priorVariance, df: PRIOR_DF, runs: 0 };
  const d = perRunLogs.length - 1;
  const between = Math.max(0, sampleVariance([...perRunLogs]) - mean([...perRunVariances]));
  return {
    variance: (PRIOR_DF * priorVariance + d * between) / (PRIOR_DF + d),
    df: PRIOR_DF + d,
    runs: perRunLogs.length
  };
}
var NOISE_HISTORY_RUNS = 30;
var CLIP_SDS = 2.5;
var MEDIAN_ABS_NORMAL = 0.6744897501960817;
function robustRunNoise(timeOrderedLogs, perRunVariances, prior) {
  const K = timeOrderedLogs.length;
  const priorVariance = prior * prior;
  if (K < 2) return { variance: priorVariance, df: PRIOR_DF, runs: 0 };
  const d = timeOrderedLogs.slice(1).map((x, i) => x - timeOrderedLogs[i]);
  const sorted = d.map(Math.abs).sort((a, b) => a - b);
  const mid = sorted.length / 2;
  const medianAbs = sorted.length % 2 ? sorted[Math.floor(mid)] : (sorted[mid - 1] + sorted[mid]) / 2;
  const clip = CLIP_SDS * medianAbs / MEDIAN_ABS_NORMAL;
  const mssd = d.reduce((s, x) => s + Math.min(Math.abs(x), clip) ** 2, 0) / (2 * (K - 1));
  const between = Math.max(0, mssd - mean([...perRunVariances]));
  const dfs = 2 * (K - 1) ** 2 / (3 * K - 4);
  return {
    variance: (PRIOR_DF * priorVariance + dfs * between) / (PRIOR_DF + dfs),
    df: PRIOR_DF + dfs,
    runs: K
  };
}

// src/domain/compare/ratio-interval.ts
function ratioInterval(input) {
  const M = input.candidateRuns;
  if (!(Number.isInteger(M) && M >= 1))
    throw new RangeError(`ratioInterval: candidateRuns must be a whole number >= 1, got ${M}`);
  const runs2 = input.baselineRuns;
  const N = runs2.length;
  if (N === 0) return void 0;
  const candidate = input.candidate.variance;
  const baseline = runs2.reduce((s, r) => s + r.variance, 0) / N / N;
  const long = input.noiseRuns ?? [];
  const noise = long.length >= 2 ? robustRunNoise(
    long.map((r) => r.log),
    long.map((r) => r.variance),
    input.noisePrior
  ) : runNoise(
    runs2.map((r) => r.log),
    runs2.map((r) => r.variance),
    input.noisePrior
  );
  const noiseVariance = noise.variance * (1 / M + 1 / N);
  const total = candidate + baseline + noiseVariance;
  const df = welchDf([
    { variance: candidate, df: input.candidate.df },
    { variance: baseline, df: runs2.reduce((s, r) => s + r.df, 0) },
    { variance: noiseVariance, df: noise.df }
  ]);
  const logRatio = input.candidate.log - input.baselineLog;
  const half = studentTQuantile(input.confidence, Math.max(1, df)) * Math.sqrt(total);
  return {
    interval: [Math.exp(logRatio - half), Math.exp(logRatio + half)],
    logRatio,
    df,
    variance: { candidate, baseline, noise: noiseVariance, total },
    noise,
    runs: { candidate: M, baseline: N }
  };
}
function ratioToRunMean(candidate, baselineRuns, candidateRuns, config, noiseRuns = []) {
  const baseline = baselineRuns.reduce((s, r) => s + r.value, 0) / baselineRuns.length;
  const estimate = ratioInterval({
    candidate,
    candidateRuns,
    baselineLog: Math.log(baseline),
    baselineRuns,
    noiseRuns,
    noisePrior: config.runNoisePrior,
    confidence: config.confidence
  });
  return estimate && { ...estimate, baseline };
}

// src/domain/compare/resolution.ts
function logReach(c) {
  if (!c.interval || c.ratio === null || !(c.ratio > 0)) return void 0;
  const [lo, hi] = c.interval;
  if (!(lo > 0) || !(hi > 0)) return void 0;
  return Math.max(0, c.direction === "higher-is-worse" ? Math.log(c.ratio / lo) : Math.log(hi / c.ratio));
}
function ratioDetectable(reach, tolerance, direction) {
  return direction === "higher-is-worse" ? (1 + tolerance) * Math.exp(reach) - 1 : 1 - 1 / ((1 + tolerance) * Math.exp(reach));
}
function detectableChange(c) {
  if (!c.interval || c.direction === "unknown") return void 0;
  const [lo, hi] = c.interval;
  const t = c.tolerance;
  if (c.scale === "difference") {
    const d = c.candidate - c.baseline;
    return c.direction === "higher-is-worse" ? t + Math.max(0, d - lo) : t + Math.max(0, hi - d);
  }
  const reach = logReach(c);
  return reach === void 0 ? void 0 : ratioDetectable(reach, t, c.direction);
}
function designVariance(parts, runs2, lengthFactor, history) {
  const M = parts.candidateRuns;
  const N = parts.baselineRuns;
  const sigma2 = parts.runToRun / (1 / M + 1 / N);
  return parts.candidate * M / (runs2 * lengthFactor) + parts.baseline * N / (history * lengthFactor) + sigma2 * (1 / runs2 + 1 / history);
}
function resolutionAdvice(c, regressionConfidence) {
  const parts = c.variance;
  const reach = logReach(c);
  if (!parts || reach === void 0 || c.direction === "unknown") return void 0;
  const total = parts.candidate + parts.baseline + parts.runToRun;
  if (!(total > 0)) return void 0;
  const k = reach / Math.sqrt(total);
  const at = (variance) => ratioDetectable(k * Math.sqrt(variance), c.tolerance, c.direction);
  const M = parts.candidateRuns;
  const N = parts.baselineRuns;
  const runs2 = M < 3 ? 3 : 2 * M;
  const shares = [
    ["run-to-run", parts.runToRun],
    ["candidate", parts.candidate],
    ["baseline", parts.baseline]
  ];
  const [dominant, largest] = shares.reduce((a, b) => b[1] > a[1] ? b : a);
  return {
    floor: ratioDetectable(normalQuantile(regressionConfidence) * Math.sqrt(total), c.tolerance, c.direction),
    advice: {
      dominant,
      share: largest / total,
      runs: { runs: runs2, detectable: at(designVariance(parts, runs2, 1, N)) },
      longer: { factor: runs2 / M, detectable: at(designVariance(parts, M, runs2 / M, N)) },
      history: { runs: 2 * N, detectable: at(designVariance(parts, M, 1, 2 * N)) }
    }
  };
}
function reportResolution(comparisons, regressionConfidence) {
  let worst;
  const coarseness = (c) => (c.detectable ?? 0) / Math.max(c.tolerance, 1e-9);
  for (const c of comparisons) {
    if (!c.gated || Object.keys(c.series).length > 0 || c.detectable === void 0) continue;
    if (!worst || coarseness(c) > coarseness(worst)) worst = c;
  }
  if (!worst || worst.detectable === void 0) return void 0;
  const advice = resolutionAdvice(worst, regressionConfidence);
  return {
    metric: worst.metric,
    stat: worst.stat,
    detectable: worst.detectable,
    tolerance: worst.tolerance,
    scale: worst.scale,
    ...advice ?? {}
  };
}

// src/domain/compare/latency.ts
function compareQuantile(input) {
  const { metric, q, config } = input;
  const minTail = config.minTailSamples;
  const cand = estimateLogQuantile(input.candidate, metric, q, minTail);
  const perRun = input.baseline.map((s) => estimateLogQuantile(s, metric, q, minTail)).filter((e) => e !== void 0);
  if (!cand || perRun.length === 0) return void 0;
  const pooled = new Histogram(Histogram.fromJSON(input.baseline[0].trends[metric]).alpha);
  for (const s of input.baseline) if (s.trends[metric]) pooled.merge(Histogram.fromJSON(s.trends[metric]));
  const baselineValue = pooled.quantile(q);
  const candidateValue = Math.exp(cand.log);
  const N = perRun.length;
  const estimate = ratioInterval({
    candidate: cand,
    candidateRuns: input.candidateRuns ?? 1,
    baselineLog: Math.log(baselineValue),
    baselineRuns: perRun,
    noiseRuns: (input.noise ?? []).map((s) => estimateLogQuantile(s, metric, q, minTail)).filter((e) => e !== void 0),
    noisePrior: config.runNoisePrior,
    confidence: config.confidence
  });
  if (!estimate) return void 0;
  const { interval, df, noise } = estimate;
  const stat2 = quantileLabel(q);
  const needed = Math.max(config.minRequests, Math.ceil(minTail / (1 - q)));
  const fewest = Math.min(cand.n, Math.floor(pooled.count / N));
  const enough = fewest >= needed;
  const namedAnyway = input.named === true && !enough && fewest >= config.minRequests;
  const gated = input.gated && (enough || namedAnyway) && input.direction !== "unknown";
  const noiseText = noise.runs > 0 ? `run noise from ${noise.runs} ${(input.noise?.length ?? 0) >= 2 ? "runs of the history (robust)" : "baseline runs"} and the prior` : `run noise assumed ${(Math.sqrt(noise.variance) * 100).toFixed(0)}%`;
  const comparison = {
    metric,
    stat: stat2,
    series: input.key,
    baseline: baselineValue,
    candidate: candidateValue,
    ratio: candidateValue / baselineValue,
    scale: "ratio",
    interval,
    tolerance: input.tolerance,
    direction: input.direction,
    verdict: classify(interval, input.tolerance, "ratio", input.direction),
    gated,
    method: `${cand.method}; ${noiseText}; t(${Number.isFinite(df) ? df.toFixed(1) : "\u221E"})`,
    samples: { baseline: pooled.count, candidate: cand.n },
    ...ratioEvidence(estimate, input.tolerance, input.direction)
  };
  if (input.gated && !enough) {
    const detectable = detectableChange(comparison);
    comparison.note = gated && detectable !== void 0 ? `gated as the script's threshold names it, with ${fewest} samples per run where ${needed} give 10 beyond ${stat2}: it can only catch a change of ${(detectable * 100).toFixed(0)}% or more` : `too few samples to gate ${stat2}: ${fewest} per run, ${needed} needed (run longer or at a higher rate)`;
  }
  return comparison;
}

// src/domain/compare/threshold-rules.ts
function namedStatistics(thresholds) {
  const named = /* @__PURE__ */ new Map();
  for (const t of thresholds) {
    const stat2 = thresholdStat(t.expression);
    if (!stat2) continue;
    const { metric, tags } = thresholdTarget(t.metric);
    const series2 = Object.keys(tags).length > 0 ? { series: tags } : {};
    named.set(JSON.stringify([metric, stat2.stat, Object.entries(tags).sort()]), {
      rule: { metric, stat: stat2.stat, ...series2, gated: true },
      ...stat2.q !== void 0 ? { q: stat2.q } : {}
    });
  }
  return [...named.values()];
}
function namedQuantiles(named, metric) {
  const qs = named.filter((n) => n.rule.metric === metric && n.q !== void 0).map((n) => n.q);
  return [...new Set(qs)];
}
function isNamed(named, metric, stat2, key) {
  return named.some((n) => ruleApplies(n.rule, metric, stat2, key));
}

// src/domain/compare/series.ts
var isAllTrafficKey = (key) => Object.keys(key).length === 0;
function scriptThresholds(run) {
  const out = run.thresholds.map((t) => ({
    metric: t.metric,
    expression: t.expression
  }));
  for (const [metric, info] of Object.entries(run.metrics))
    for (const expression of info.thresholds ?? []) out.push({ metric, expression });
  return out;
}
function seriesContext(candidate, config, candidateRuns) {
  const thresholds = scriptThresholds(candidate);
  const named = namedStatistics(thresholds);
  return {
    candidateRun: candidate,
    thresholds,
    named,
    config: { ...config, rules: [...named.map((n) => n.rule), ...config.rules] },
    candidateRuns
  };
}
function meaningOf(metric, ctx) {
  return metricMeaning(
    metric,
    ctx.candidateRun.metrics[metric],
    ctx.thresholds,
    ruleDirection(ctx.config, metric)
  );
}
function annotate(c, meaning) {
  if (meaning.role === "diagnostic") c.diagnostic = true;
  if (meaning.direction === void 0 && !c.note) c.note = unknownDirectionNote(c.metric, c.stat);
  return c;
}
function seriesComparisons(key, candidate, baseline, ctx, noise = []) {
  const { config } = ctx;
  const out = [];
  const all = isAllTrafficKey(key);
  for (const metric of Object.keys(candidate.trends)) {
    const meaning = meaningOf(metric, ctx);
    const defaults = {
      gated: meaning.gated && meaning.direction !== void 0,
      tolerance: config.latencyTolerance
    };
    const extra = namedQuantiles(ctx.named, metric).filter((q) => !config.quantiles.includes(q));
    for (const q of [...config.quantiles, ...extra].sort((a, b) => a - b)) {
      const stat2 = quantileLabel(q);
      const named = isNamed(ctx.named, metric, stat2, key);
      if (!config.quantiles.includes(q) && !named) continue;
      if (!all && !ruleFor(config, metric, stat2, defaults, key).gated) continue;
      const rule = ruleFor(
        config,
        metric,
        stat2,
        { ...defaults, gated: defaults.gated && config.gatedQuantiles.includes(q) },
        key
      );
      const c = compareQuantile({
        candidateRuns: ctx.candidateRuns,
        metric,
        q,
        key,
        baseline,
        candidate,
        gated: rule.gated && meaning.direction !== void 0 && meaning.role !== "diagnostic",
        tolerance: rule.tolerance,
        direction: meaning.direction ?? "unknown",
        config,
        named,
        noise
      });
      if (c) out.push(annotate(c, meaning));
    }
  }
  for (const metric of Object.keys(candidate.rates)) {
    const meaning = meaningOf(metric, ctx);
    const rule = ruleFor(
      config,
      metric,
      "rate",
      { gated: meaning.gated && meaning.direction !== void 0, tolerance: config.errorRateTolerance },
      key
    );
    if (!all && !rule.gated) continue;
    const c = compareRate({
      metric,
      key,
      baseline,
      candidate,
      gated: rule.gated && meaning.direction !== void 0,
      tolerance: rule.tolerance,
      direction: meaning.direction ?? "unknown",
      config
    });
    if (c) out.push(annotate(c, meaning));
  }
  return out;
}
function droppedIterationCounts(series2) {
  const dropped = series2.counters[DROPPED_ITERATIONS] ?? 0;
  const total = dropped + (series2.counters[ITERATIONS] ?? 0);
  return total > 0 ? { passes: dropped, total } : void 0;
}
function droppedIterations(baseline, candidate, config, openModel) {
  const asRate = (run) => {
    const s = run.series[0];
    const counts = droppedIterationCounts(s);
    return {
      ...s,
      rates: counts ? { [DROPPED_ITERATIONS]: counts } : {},
      windows: []
    };
  };
  const meaning = metricMeaning(DROPPED_ITERATIONS, void 0, []);
  const rule = ruleFor(config, DROPPED_ITERATIONS, "rate", {
    gated: meaning.gated || openModel,
    tolerance: config.errorRateTolerance
  });
  const c = compareRate({
    metric: DROPPED_ITERATIONS,
    key: {},
    baseline: baseline.map(asRate),
    candidate: asRate(candidate),
    gated: rule.gated,
    tolerance: rule.tolerance,
    direction: meaning.direction ?? "unknown",
    config
  });
  return c && (c.baseline > 0 || c.candidate > 0) ? c : void 0;
}

// src/domain/run-health.ts
var FAILED_SHARE_BROKEN = 0.95;
var FAILED_SHARE_WARNING = 0.5;
var EXCEPTION_SHARE_BROKEN = 0.1;
var DROPPED_SHARE_BROKEN = 0.5;
var SPAN_SHARE_BROKEN = 0.5;
var SHORT_RUN_MIN_SECONDS = 5;
var pct3 = (x) => `${(x * 100).toFixed(x < 1e-3 ? 3 : 1)}%`;
var count = (n) => n.toLocaleString("en-US");
function samplesOf(series2, metric) {
  if (!series2) return 0;
  const trend2 = series2.trends[metric]?.count ?? 0;
  const failedTrend = series2.failedTrends[metric]?.count ?? 0;
  const rate = series2.rates[metric]?.total ?? 0;
  const counter2 = series2.counters[metric] ?? 0;
  const gauge2 = metric in series2.gauges ? 1 : 0;
  return trend2 + failedTrend + rate + counter2 + gauge2;
}
function byHand(run) {
  if (run.execution?.command) return `run it by hand: ${run.execution.command}`;
  return run.tool?.name === "vegeta" ? "run the attack by hand with vegeta attack and read its errors" : "run the script by hand with k6 run and read its errors";
}
function requestHealth(run, all) {
  const requests2 = all.counters[HTTP_REQS] ?? 0;
  const failedCounts = all.rates[HTTP_REQ_FAILED];
  if (requests2 === 0 || !failedCounts || failedCounts.total === 0) return [];
  const share = failedCounts.passes / failedCounts.total;
  if (share < FAILED_SHARE_WARNING) return [];
  const broken = share >= FAILED_SHARE_BROKEN;
  return [
    {
      severity: broken ? "broken" : "warning",
      check: "requests-failed",
      what: `${pct3(share)} of ${count(failedCounts.total)} requests failed${broken ? ": the service was down, refused the load or answered every request with an error, so the run measured no working service" : ""}`,
      see: `check that the service is up at the script's target, then ${byHand(run)}`
    }
  ];
}
function exceptionHealth(run, all) {
  const exceptions = run.execution?.exceptions ?? 0;
  if (exceptions === 0) return [];
  const iterations = Math.max(all.counters[ITERATIONS] ?? 0, exceptions);
  const share = exceptions / iterations;
  const first = run.execution?.firstException;
  return [
    {
      severity: share >= EXCEPTION_SHARE_BROKEN ? "broken" : "warning",
      check: "script-exceptions",
      what: `the script threw an uncaught exception in ${count(exceptions)} of ${count(iterations)} iterations (${pct3(share)})`,
      see: first ? `the first error was: ${first.replace(/\s+/g, " ").trim()}` : byHand(run)
    }
  ];
}
function activityHealth(run, all) {
  const requests2 = all?.counters[HTTP_REQS] ?? 0;
  const iterations = all?.counters[ITERATIONS] ?? 0;
  const dropped = all?.counters[DROPPED_ITERATIONS] ?? 0;
  if (requests2 === 0 && iterations === 0)
    return [
      {
        severity: "broken",
        check: "nothing-ran",
        what: dropped > 0 ? `no iteration ran: all ${count(dropped)} scheduled iterations were dropped` : "the run made no request and completed no iteration",
        see: byHand(run)
      }
    ];
  const scheduled = iterations + dropped;
  if (dropped === 0 || dropped / scheduled < DROPPED_SHARE_BROKEN) return [];
  return [
    {
      severity: "broken",
      check: "iterations-dropped",
      what: `k6 dropped ${count(dropped)} of ${count(scheduled)} scheduled iterations (${pct3(dropped / scheduled)}): the load the script describes was never offered`,
      see: `raise the scenario's preAllocatedVUs/maxVUs, then ${byHand(run)}`
    }
  ];
}
function spanHealth(run) {
  const scheduled = run.execution?.scheduledSeconds;
  if (scheduled === void 0 || scheduled < SHORT_RUN_MIN_SECONDS) return [];
  const span = run.run.durationSeconds + run.run.warmupSeconds;
  if (span >= SPAN_SHARE_BROKEN * scheduled) return [];
  return [
    {
      severity: "broken",
      check: "run-short",
      what: `the run's samples span ${span.toFixed(1)}s of the ${scheduled}s its scenarios are scheduled for: it stopped early`,
      see: byHand(run)
    }
  ];
}
var TREND_AGGREGATION = /^\s*(avg|min|max|med|p\(\d+(\.\d+)?\))\s*[<>=!]/;
function missingMetrics(run, baseline) {
  const all = run.series[0];
  const thresholds = [...scriptThresholds(run), ...baseline ? scriptThresholds(baseline) : []];
  const missing = /* @__PURE__ */ new Map();
  const baseAll = baseline?.series[0];
  if (baseline && baseAll) {
    const names = /* @__PURE__ */ new Set([
      ...Object.keys(baseAll.trends),
      ...Object.keys(baseAll.rates),
      ...Object.keys(baseAll.counters)
    ]);
    for (const metric of names) {
      if (metric === DROPPED_ITERATIONS) continue;
      const before = samplesOf(baseAll, metric);
      if (before === 0 || samplesOf(all, metric) > 0) continue;
      const meaning = metricMeaning(metric, baseline.metrics[metric], thresholds);
      if (!meaning.gated || meaning.role !== "primary") continue;
      missing.set(
        metric,
        `${metric} has no samples in this run (the baseline has ${count(before)}): a gated statistic vanished from the comparison`
      );
    }
  }
  const failed = new Set(run.thresholds.filter((t) => !t.ok).map((t) => `${t.metric} ${t.expression}`));
  for (const t of scriptThresholds(run)) {
    const metric = thresholdMetric(t.metric);
    if (failed.has(`${t.metric} ${t.expression}`)) continue;
    if (missing.has(metric) || !TREND_AGGREGATION.test(t.expression) || samplesOf(all, metric) > 0) continue;
    missing.set(
      metric,
      `${metric} has no samples in this run, though the threshold ${t.metric} ${t.expression} names it: the code that records it never ran`
    );
  }
  const first = run.execution?.firstException;
  return [...missing.values()].map((what) => ({
    severity: "broken",
    check: "metric-missing",
    what,
    see: first ? `the script threw (the first error was: ${first.replace(/\s+/g, " ").trim()})` : `check the branch of the script that records it, then ${byHand(run)}`
  }));
}
function runHealth(run, baseline, options = {}) {
  const all = run.series[0];
  const activity = activityHealth(run, all).filter(
    (f2) => !(options.expectDropped && f2.check === "iterations-dropped")
  );
  const findings = [
    ...activity,
    ...all ? requestHealth(run, all) : [],
    ...all ? exceptionHealth(run, all) : [],
    ...spanHealth(run),
    ...activity.some((f2) => f2.check === "nothing-ran") ? [] : missingMetrics(run, baseline)
  ];
  return orderedFindings(findings);
}
var orderedFindings = (findings) => [
  ...findings.filter((f2) => f2.severity === "broken"),
  ...findings.filter((f2) => f2.severity !== "broken")
];
var brokenFindings = (findings) => (findings ?? []).filter((f2) => f2.severity === "broken");
var findingText = (f2) => `${f2.what}; ${f2.see}`;
function brokenReason(findings) {
  const broken = brokenFindings(findings);
  return `The run is broken: ${broken.map(findingText).join(". ")}.`;
}

// src/render/format.ts
function formatValue(value, unit) {
  if (!Number.isFinite(value)) return "\u2013";
  switch (unit) {
    case "ms":
      if (value >= 1e3) return `${(value / 1e3).toPrecision(3)} s`;
      if (value >= 100) return `${value.toFixed(0)} ms`;
      if (value >= 10) return `${value.toFixed(1)} ms`;
      return `${value.toFixed(2)} ms`;
    case "seconds":
      return value < 1 ? formatValue(value * 1e3, "ms") : `${value.toPrecision(3)} s`;
    case "fraction":
      return `${(value * 100).toFixed(value < 0.01 && value > 0 ? 3 : 2)}%`;
    case "per-second":
      return `${value >= 100 ? value.toFixed(0) : value.toFixed(1)}/s`;
    case "bytes":
      return value >= 1e6 ? `${(value / 1e6).toFixed(1)} MB` : value >= 1e3 ? `${(value / 1e3).toFixed(1)} kB` : `${value.toFixed(0)} B`;
    default:
      return value >= 100 ? value.toFixed(0) : value.toPrecision(3);
  }
}
var signed = (x, digits, suffix) => `${x >= 0 ? "+" : "\u2212"}${Math.abs(x).toFixed(digits)}${suffix}`;
function formatRatioChange(ratio, interval) {
  const main2 = signed((ratio - 1) * 100, 1, "%");
  return interval ? `${main2} [${signed((interval[0] - 1) * 100, 1, "%")}, ${signed((interval[1] - 1) * 100, 1, "%")}]` : main2;
}
function formatDifferenceChange(difference, interval) {
  const main2 = signed(difference * 100, 2, " pp");
  return interval ? `${main2} [${signed(interval[0] * 100, 2, "")}, ${signed(interval[1] * 100, 2, "")}]` : main2;
}
function formatChange(c) {
  if (c.scale === "ratio") return c.ratio === null ? "new" : formatRatioChange(c.ratio, c.interval);
  return formatDifferenceChange(c.candidate - c.baseline, c.interval);
}
function formatTolerance(c) {
  return c.scale === "ratio" ? `${Number((c.tolerance * 100).toFixed(2))}%` : `${Number((c.tolerance * 100).toFixed(3))} pp`;
}
var narrowMetricName = (metric) => metric === SERVER_CPU_PER_REQUEST ? "CPU per request" : metric;
function toleranceGroup(c) {
  if (c.scale !== "ratio") return "rates";
  return c.metric === SERVER_CPU_PER_REQUEST ? "CPU per request" : "latency/throughput";
}
function formatConfidence(confidence) {
  return `${Number((confidence * 100).toFixed(2))}%`;
}
var AB_STOPPED = {
  regression: "a regression is established",
  settled: "every gated comparison is settled",
  broken: "the comparison failed for another reason",
  "workload-differs": "the workloads differ",
  "max-pairs": "still open at max-pairs"
};
function abPairsText(ab, regressionConfidence) {
  const bound = ab.looks > 1 && regressionConfidence !== void 0 ? `; a regression's bound at ${formatConfidence(regressionConfidence)} on each of ${ab.looks} looks` : "";
  const warmup = ab.warmupPairs > 0 ? `, after ${ab.warmupPairs} warm-up pair${ab.warmupPairs === 1 ? "" : "s"}, discarded` : "";
  return `${ab.pairs} A/B pairs of at most ${ab.maxPairs} (${ab.order} blocks${warmup}); stopped: ${AB_STOPPED[ab.stopped]}${bound}`;
}
function candidateRunsText(report) {
  if (report.ab) return abPairsText(report.ab, report.settings.regressionConfidence);
  const runs2 = report.settings.candidateRuns ?? 1;
  const looks = report.settings.looks ?? 1;
  if (runs2 <= 1 && looks <= 1) return void 0;
  if (looks <= 1) return `${runs2} runs pooled`;
  const why = report.settings.rerun === "inconclusive" ? "while a gated comparison is unsettled" : "while a regression is suspected";
  const made = runs2 === 1 ? "1 run" : `${runs2} runs pooled`;
  const split = report.settings.regressionConfidence;
  const bound = split === void 0 ? "" : `; a regression's bound at ${formatConfidence(split)} on each look`;
  return `${made} of at most ${report.settings.maxRuns ?? looks} (it runs again ${why}${bound})`;
}
function seriesLabel(key) {
  const entries = Object.entries(key);
  if (entries.length === 0) return "all traffic";
  if (key.name !== void 0) {
    const extra = entries.filter(([k]) => k !== "name").map(([k, v]) => `${k} ${v}`);
    return extra.length > 0 ? `${key.name} (${extra.join(", ")})` : key.name;
  }
  return entries.map(([k, v]) => `${k} ${v}`).join(", ");
}
var isAllTraffic = (c) => Object.keys(c.series).length === 0;
function foldSameSamples(rows) {
  const kept = /* @__PURE__ */ new Map();
  for (const c of rows) {
    const key = JSON.stringify([
      c.metric,
      c.stat,
      c.baseline,
      c.candidate,
      c.interval,
      c.samples.baseline,
      c.samples.candidate,
      c.verdict
    ]);
    const seen = kept.get(key);
    if (seen) {
      seen.labels.push(seriesLabel(c.series));
      seen.twins.push(c);
    } else kept.set(key, { row: c, labels: [seriesLabel(c.series)], twins: [] });
  }
  const groups = [...kept.values()];
  return {
    rows: groups.map((g2) => g2.row),
    labels: new Map(groups.map((g2) => [g2.row, g2.labels.join(" = ")])),
    twins: new Map(groups.map((g2) => [g2.row, g2.twins]))
  };
}
function age(iso, now) {
  if (!iso) return void 0;
  const seconds = (Date.parse(now) - Date.parse(iso)) / 1e3;
  if (!Number.isFinite(seconds)) return void 0;
  if (seconds < 90) return "just now";
  const ago = (n, unit) => `${n} ${unit}${n === 1 ? "" : "s"} ago`;
  if (seconds < 5400) return ago(Math.round(seconds / 60), "minute");
  if (seconds < 129600) return ago(Math.round(seconds / 3600), "hour");
  return ago(Math.round(seconds / 86400), "day");
}
function rowMark(c) {
  if (isDiagnostic(c) || c.direction === "unknown") return "plain";
  if (c.verdict === "regression") return c.gated ? "regression" : "plain";
  if (c.suspected) return c.gated ? "suspected" : "plain";
  if (c.verdict === "improvement") return c.gated ? "improvement" : "plain";
  return "within";
}
function rowVerdictText(c) {
  if (c.verdict === "regression") return "regression";
  if (c.suspected) return "suspected";
  if (c.verdict === "improvement") return "improvement";
  if (c.verdict === "unchanged") return "unchanged";
  return c.direction === "unknown" ? "changed" : "within tolerance";
}
function isHeadlineRow(c) {
  if (!c.gated) return false;
  return isAllTraffic(c) || c.verdict === "regression" || c.suspected === true;
}
function dominantText(advice) {
  const share = `${Math.round(advice.share * 100)}% of the variance`;
  switch (advice.dominant) {
    case "run-to-run":
      return `runs differ more than requests do (the run-to-run noise is ${share})`;
    case "candidate":
      return `the candidate's run is short for this statistic (its within-run noise is ${share})`;
    case "baseline":
      return `the baseline's runs are short for this statistic (their within-run noise is ${share})`;
  }
}
function adviceText(r, advice, amount, setting) {
  const options = [
    { what: setting("runs", advice.runs.runs), detectable: advice.runs.detectable, kind: "runs" },
    { what: `${advice.longer.factor}x longer runs`, detectable: advice.longer.detectable, kind: "longer" },
    { what: setting("history", advice.history.runs), detectable: advice.history.detectable, kind: "history" }
  ].sort((a, b) => a.detectable - b.detectable);
  const helps = options.filter((o) => o.detectable < r.detectable - 0.1 * (r.detectable - r.tolerance));
  const useless = options.filter((o) => !helps.includes(o));
  const parts = helps.map(
    (o, i) => `${o.what} ${i === 0 ? "would reach about" : "about"} ${amount(o.detectable)}`
  );
  const noHelp = useless.filter((o) => o.kind === "longer" || o.kind === "runs").map((o) => `${o.kind === "longer" ? "longer runs" : "more candidate runs"} would not help`);
  const ab = advice.dominant === "run-to-run" ? "; A/B mode removes the run-to-run term" : "";
  return `${dominantText(advice)}: ${[...parts, ...noHelp].join("; ") || "no simple change helps"}${ab}.`;
}
function inconclusiveAdvice(report, setting = (name, value) => `--${name} ${value}`) {
  const head = "a regression is suspected but not proven";
  const ab = report.ab;
  if (ab) {
    const more = ab.stopped === "max-pairs" ? `, or allow more pairs (${setting("max-pairs", 2 * ab.maxPairs)})` : "";
    return `${head} after ${ab.pairs} A/B pairs. Re-run to confirm or clear it${more}: each pair narrows the interval.`;
  }
  return `${head}. Re-run to confirm or clear it, run the test longer (more time windows narrow the interval), or compare both versions on one runner with A/B mode (see docs/statistics.md).`;
}
function resolutionText(report, escape2 = (t) => t, setting = (name, value) => `--${name} ${value}`) {
  const r = report.resolution;
  if (!r || report.verdict === "fail" || report.verdict === "no-baseline") return void 0;
  if (r.detectable < 2 * r.tolerance) return void 0;
  const amount = (x) => r.scale === "ratio" ? `${Number((x * 100).toFixed(1))}%` : `${Number((x * 100).toFixed(2))} pp`;
  const floor = r.floor !== void 0 ? `; ${amount(r.floor)} with the variance known` : "";
  const head = `This run could only have caught a change of ${amount(r.detectable)} or more in ${escape2(`${r.metric} ${r.stat}`)} (tolerance ${amount(r.tolerance)}${floor})`;
  return r.advice ? `${head}: ${adviceText(r, r.advice, amount, setting)}` : `${head}: more requests per run or more runs sharpen it.`;
}
var VERDICT_WORD = {
  pass: "pass",
  fail: "fail",
  inconclusive: "inconclusive",
  "no-baseline": "no baseline yet"
};
function isDiagnostic(c) {
  return c.diagnostic === true && !c.gated;
}
function healthWarningLines(report) {
  return (report.health ?? []).filter((f2) => f2.severity === "warning").map((f2) => `run health: ${findingText(f2)}`);
}

// src/render/trend-format.ts
function shortSha(commit) {
  return /^[0-9a-f]{7,64}$/i.test(commit) ? commit.slice(0, 7).toLowerCase() : "?";
}
function changeText(s, change, interval) {
  return s.scale === "ratio" ? formatRatioChange(change, interval) : formatDifferenceChange(change, interval);
}
function levelsText(s, before, after) {
  return `${formatValue(before, s.unit)} \u2192 ${formatValue(after, s.unit)}`;
}

// src/render/trend-terminal.ts
var BLOCKS = "\u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588";
function blockChart(values, lo, hi) {
  return values.map((v) => {
    if (v === void 0) return " ";
    const share = hi > lo ? Math.min(1, Math.max(0, (v - lo) / (hi - lo))) : 0.5;
    return BLOCKS[Math.round(share * (BLOCKS.length - 1))];
  }).join("");
}
function sparkline(trend2, s, indexes) {
  const values = indexes.map((i) => trend2.entries[i]?.points[s.statistic.id]?.estimate);
  const starts = new Set(s.changePoints.map((c) => c.firstAfter.index));
  const odd = new Set(s.outliers.map((o) => o.index));
  const known2 = values.filter((v, k) => v !== void 0 && !odd.has(indexes[k]));
  const lo = Math.min(...known2);
  const hi = Math.max(...known2);
  const bars = blockChart(values, lo, hi);
  const marks = indexes.map((i) => starts.has(i) ? "^" : odd.has(i) ? "o" : " ").join("");
  return [bars, marks];
}
function renderTrendTerminal(trend2, analysis, options = {}) {
  const width2 = Math.max(40, options.width ?? 100);
  const out = [
    `Trend: ${analysis.runs} runs of the default branch, ${analysis.statistics.length} statistics`
  ];
  const chartWidth = Math.max(10, width2 - 2);
  const indexes = trend2.entries.map((_, i) => i).slice(-chartWidth);
  for (const s of analysis.statistics) {
    const st = s.statistic;
    const newest2 = trend2.entries.at(-1)?.points[st.id];
    out.push(
      "",
      `${escapeTerminal(st.id)}${newest2 ? `  now ${formatValue(newest2.estimate, st.unit)}` : ""}  (runs ${indexes[0] + 1}-${indexes.at(-1) + 1})`
    );
    const [bars, marks] = sparkline(trend2, s, indexes);
    out.push(`  ${bars}`);
    if (marks.trim() !== "") out.push(`  ${marks}`);
    for (const cp of [...s.changePoints].reverse()) {
      const tag = cp.worse ? cp.beyondTolerance ? "WORSE" : "worse" : "better";
      const cumulative = cp.cumulative.steps > 1 ? `; ${changeText(st, cp.cumulative.change, cp.cumulative.interval)} over ${cp.cumulative.steps} steps` : "";
      out.push(
        `  ${tag.padEnd(6)} run ${cp.firstAfter.index + 1} (${shortSha(cp.lastBefore.commit)}..${shortSha(cp.firstAfter.commit)}): ${levelsText(st, cp.before, cp.after)}, ${changeText(st, cp.change, cp.interval)}${cumulative}, p = ${cp.pValue.toPrecision(2)}`
      );
    }
    if (s.changePoints.length === 0)
      out.push(
        s.runs < 2 * analysis.options.minSegment ? `  too few runs for change points (${s.runs})` : "  no change point"
      );
  }
  return out.join("\n") + "\n";
}

// src/render/ab-pairs.ts
var MAX_PAIRS_SHOWN = 50;
var MAX_NAMED = 3;
var ratioText = (x) => x === null || x === void 0 ? "\u2013" : x.toFixed(3);
function disturbedText(r) {
  const d = r.disturbed;
  if (!d) return void 0;
  const parts = [];
  const only = d.regressionOnlyWith ?? [];
  if (only.length > 0) {
    const more = only.length > MAX_NAMED ? ` and ${only.length - MAX_NAMED} more` : "";
    parts.push(`a regression in ${only.slice(0, MAX_NAMED).join(", ")}${more} only with this pair`);
  }
  if ((d.k6ShortOfCpu ?? []).length > 0) parts.push(`k6 short of CPU (${d.k6ShortOfCpu.join("; ")})`);
  return parts.length > 0 ? `judged disturbed: ${parts.join("; ")}` : void 0;
}
function latencyName(ab) {
  const l = ab.perPairStatistics?.latency;
  return l ? `${l.metric} ${l.stat}` : void 0;
}
function charted(ab, shown) {
  const tolerance = ab.perPairStatistics?.latency?.tolerance;
  const points = shown.filter((r) => r.latency !== null);
  if (tolerance === void 0 || points.length < 2) return void 0;
  const ratios = points.map((r) => r.latency);
  const lo = Math.min(1, ...ratios);
  const hi = Math.max(1 + tolerance, ...ratios);
  return { points, ratios, tolerance, lo, hi };
}
function chartMarkdown(ab, shown) {
  const c = charted(ab, shown);
  if (!c) return [];
  const pad = (c.hi - c.lo) * 0.1;
  return [
    ...mermaidXyChart({
      title: `${latencyName(ab) ?? ""}: candidate / baseline per pair`,
      x: c.points.map((r) => `${r.pair} ${r.order}`),
      y: "ratio",
      yRange: [Math.max(0, c.lo - pad), c.hi + pad],
      lines: [c.ratios, c.points.map(() => 1), c.points.map(() => 1 + c.tolerance)]
    }),
    "",
    `The first line is each pair's ratio (the x axis names the pair and which version ran first: AB, the baseline); the flat lines are 1 (no change) and ${Number((1 + c.tolerance).toFixed(4))} (the tolerance, ${formatTolerance({ scale: "ratio", tolerance: c.tolerance })}).`
  ];
}
function tableMarkdown(ab, shown) {
  const stats = ab.perPairStatistics ?? {};
  const cpu = stats.cpuPerRequest !== void 0;
  const head = [
    "pair",
    "order",
    `${escapeMarkdown(stats.latency?.stat ?? "latency")} ratio`,
    "error rate",
    ...cpu ? ["CPU/request ratio"] : [],
    "note"
  ];
  const row = (r) => {
    const note = disturbedText(r);
    const cells = [
      String(r.pair),
      r.order,
      ratioText(r.latency),
      r.errorRate === null ? "\u2013" : formatDifferenceChange(r.errorRate, null),
      ...cpu ? [ratioText(r.cpuPerRequest)] : [],
      note ? `\u{1F7E1} ${escapeMarkdown(note)}` : ""
    ];
    return `| ${cells.join(" | ")} |`;
  };
  return [`| ${head.join(" | ")} |`, `|${head.map(() => "---").join("|")}|`, ...shown.map(row)];
}
function pairsMarkdown(ab) {
  const pairs2 = ab?.perPair ?? [];
  if (!ab || pairs2.length === 0) return [];
  const shown = pairs2.slice(0, MAX_PAIRS_SHOWN);
  const disturbed = pairs2.filter((r) => disturbedText(r) !== void 0).length;
  const summary = `Pairs (${pairs2.length} compared${disturbed > 0 ? `, ${disturbed} judged disturbed` : ""})`;
  const omitted = pairs2.length - shown.length;
  const chart2 = chartMarkdown(ab, shown);
  return [
    `<details><summary>${summary}</summary>`,
    "",
    ...chart2.length > 0 ? [...chart2, ""] : [],
    ...tableMarkdown(ab, shown),
    ...omitted > 0 ? ["", `_${omitted} more pairs are left out; the report JSON has them all._`] : [],
    "",
    "</details>"
  ];
}
function pairsTerminal(ab, width2) {
  const pairs2 = ab?.perPair ?? [];
  if (!ab || pairs2.length === 0) return void 0;
  const shown = pairs2.slice(-Math.max(10, width2 - 4));
  const c = charted(ab, shown);
  const name = escapeTerminal(latencyName(ab) ?? "latency");
  const scale = c ? ` (\u2581 ${c.lo.toFixed(2)} \u2026 \u2588 ${c.hi.toFixed(2)}; tolerance ${(1 + c.tolerance).toFixed(2)})` : "";
  const from = shown.length < pairs2.length ? `, pairs ${shown[0].pair}-${pairs2.at(-1).pair}` : "";
  const lines = [`ratios: ${shown.map((r) => `${r.pair} ${r.order} ${ratioText(r.latency)}`).join("; ")}`];
  if (ab.perPairStatistics?.cpuPerRequest)
    lines.push(`CPU per request: ${shown.map((r) => ratioText(r.cpuPerRequest)).join(" ")}`);
  for (const r of pairs2) {
    const note = disturbedText(r);
    if (note) lines.push(`pair ${r.pair} ${escapeTerminal(note)}`);
  }
  return {
    head: `pairs: ${name}, candidate/baseline${from}${scale}`,
    ...c ? {
      chart: blockChart(
        shown.map((r) => r.latency ?? void 0),
        c.lo,
        c.hi
      )
    } : {},
    lines
  };
}

// src/render/markdown.ts
var COMMENT_LIMIT = 65536;
var MAX_OPEN_ROWS = 12;
var JOB_SUMMARY_LIMIT = 1024 * 1024;
function stickyMarker(gateId) {
  return `<!-- perf-gate:${gateId.replace(/[^A-Za-z0-9._-]/g, "_")} -->`;
}
var ICON = {
  regression: "\u{1F534}",
  suspected: "\u{1F7E1}",
  improvement: "\u{1F7E2}",
  within: "\u26AA",
  plain: "\xB7"
};
var HEAD_ICON = {
  pass: "\u2705",
  fail: "\u274C",
  inconclusive: "\u26A0\uFE0F",
  "no-baseline": "\u2139\uFE0F"
};
function tableRow(c, withSeries, label = seriesLabel(c.series)) {
  const name = `${escapeMarkdown(c.metric)} ${escapeMarkdown(c.stat)}${c.gated ? "" : " <sub>(reported)</sub>"}`;
  const cells = [
    ICON[rowMark(c)],
    name,
    ...withSeries ? [escapeMarkdown(label)] : [],
    formatValue(c.baseline, c.unit),
    formatValue(c.candidate, c.unit),
    formatChange(c),
    formatTolerance(c),
    rowVerdictText(c) + (c.note ? ` <sub>${escapeMarkdown(c.note)}</sub>` : "")
  ];
  return `| ${cells.join(" | ")} |`;
}
function table(rows, withSeries, labels) {
  const head = [
    "",
    "metric",
    ...withSeries ? ["series"] : [],
    "baseline",
    "candidate",
    "change [interval]",
    "tolerance",
    "verdict"
  ];
  return [
    `| ${head.join(" | ")} |`,
    `|${head.map(() => "---").join("|")}|`,
    ...rows.map((c) => tableRow(c, withSeries, labels?.get(c)))
  ];
}
function chart(report) {
  const rows = report.comparisons.filter(
    (c) => isAllTraffic(c) && c.metric === HTTP_REQ_DURATION && /^p\d{1,2}(\.\d{1,3})?$/.test(c.stat)
  );
  if (rows.length < 2) return [];
  return mermaidXyChart({
    title: `${HTTP_REQ_DURATION}: baseline (bars) vs candidate (line)`,
    x: rows.map((c) => c.stat),
    y: "ms",
    bars: [rows.map((c) => c.baseline)],
    lines: [rows.map((c) => c.candidate)]
  });
}
function thresholdsSection(report) {
  if (report.thresholds.length === 0) return [];
  const failed = report.thresholds.filter((t) => !t.ok);
  const lines = [
    failed.length === 0 ? `**k6 thresholds:** \u2705 ${report.thresholds.length === 1 ? "the 1 threshold" : `all ${report.thresholds.length} thresholds`} passed.` : `**k6 thresholds:** \u274C ${failed.length} of ${report.thresholds.length} failed (this fails the gate on its own, whatever the baseline says):`
  ];
  for (const t of failed) lines.push(`- ${escapeMarkdown(t.metric)}: **${escapeMarkdown(t.expression)}**`);
  return lines;
}
function baselineSection(report, ctx) {
  if (!report.baseline) return [];
  const b = report.baseline;
  const parts = [];
  const byCommit = basisText(b, (c) => codeSpan(c));
  if (byCommit) parts.push(byCommit);
  else if (b.commit) parts.push(`commit ${codeSpan(b.commit.slice(0, 7))}`);
  if (b.ref) parts.push(`on ${codeSpan(b.ref)}`);
  const old = age(b.start, ctx.now);
  if (old) parts.push(old);
  if (b.source) parts.push(escapeMarkdown(b.source));
  const noise = report.settings.noiseRuns > 0;
  if (byCommit) {
    if (noise) parts.push("run-to-run noise measured from them");
  } else
    parts.push(
      b.runs === 1 ? "1 run" : `${b.runs} runs pooled${noise ? " (run-to-run noise measured from them)" : ""}`
    );
  const url = ctx.baselineUrl ?? b.url;
  const link = url !== void 0 && isRunUrl(url) ? url : void 0;
  const candidate = candidateRunsText(report);
  return [
    `**Baseline:** ${parts.join(", ")}${link ? ` \u2014 [its run](${link})` : ""}.`,
    ...candidate ? ["", `**This change:** ${candidate}.`] : []
  ];
}
function whatToDo(report) {
  if (report.verdict === "inconclusive" && report.fingerprint.match) {
    return [`**What to do:** ${inconclusiveAdvice(report, (name, value) => `\`${name}: ${value}\``)}`];
  }
  if (report.verdict === "no-baseline") {
    return [
      `**No baseline yet.** Nothing was compared. A baseline is stored when this workflow runs on a push to the default branch; merge a change (or re-run the workflow on the default branch) to create it. Locally: \`npx perf-gate ${report.capacity ? "capacity" : "run"} <script> --save-baseline\`.`
    ];
  }
  return [];
}
function build(report, ctx, breakdownLimit, long) {
  const out = [stickyMarker(ctx.gateId)];
  out.push(
    `### ${HEAD_ICON[report.verdict]} perf-gate: ${VERDICT_WORD[report.verdict]}`,
    "",
    escapeMarkdown(report.reason)
  );
  if (ctx.notice) out.push("", ctx.notice);
  if (report.override)
    out.push(
      "",
      // The zero-width joiner after @ names the person without notifying them again.
      `**Accepted:** ${report.override.by ? `@\u200D${escapeMarkdown(report.override.by)}` : "someone"} applied the ${codeSpan(report.override.label, 50)} label, so the regression does not fail the gate.`
    );
  if (!report.fingerprint.match) {
    out.push(
      "",
      `**The workload differs from the baseline's**${report.fingerprint.forced ? " (compared anyway, as forced)" : " so the runs were not judged against each other"}:`
    );
    for (const d of report.fingerprint.differences) out.push(`- ${escapeMarkdown(d)}`);
  }
  const headline = foldSameSamples(report.comparisons.filter(isHeadlineRow));
  const open2 = headline.rows.slice(0, MAX_OPEN_ROWS);
  const folded = open2.flatMap((c) => headline.twins.get(c) ?? []);
  if (open2.length > 0) out.push("", ...table(open2, !open2.every(isAllTraffic), headline.labels));
  const resolution = resolutionText(report, escapeMarkdown, (name, value) => `\`${name}: ${value}\``);
  if (resolution) out.push("", `**Resolution:** ${resolution}`);
  const rest = report.comparisons.filter((c) => !open2.includes(c) && !folded.includes(c));
  const reported = rest.filter((c) => isAllTraffic(c) && !isDiagnostic(c));
  const breakdown = rest.filter((c) => !isAllTraffic(c));
  const diagnostics = rest.filter(isDiagnostic);
  const shown = breakdown.slice(0, breakdownLimit);
  if (reported.length + shown.length + diagnostics.length > 0) {
    out.push("", `<details><summary>All ${report.comparisons.length} comparisons</summary>`);
    if (reported.length > 0) out.push("", "**All traffic**", "", ...table(reported, false));
    if (shown.length > 0)
      out.push("", `**Per scenario and endpoint** (${breakdown.length})`, "", ...table(shown, true));
    if (diagnostics.length > 0)
      out.push(
        "",
        "**Diagnostics** (HTTP timing phases, iteration duration: they explain, never gate)",
        "",
        ...table(diagnostics, false)
      );
    out.push("", "</details>");
  }
  const omitted = breakdown.length - shown.length;
  if (omitted > 0)
    out.push(
      "",
      `_${omitted} more comparisons are left out to fit; the job summary and the report JSON have them all._`
    );
  const sections = [
    capacitySection(report),
    thresholdsSection(report),
    baselineSection(report, ctx),
    pairsMarkdown(report.ab),
    whatToDo(report),
    [...healthWarningLines(report), ...report.warnings].map((w) => `> \u26A0\uFE0F ${escapeMarkdown(w)}`),
    (report.notes ?? []).map((n) => `> \u{1F4A1} ${escapeMarkdown(n)}`),
    panelMarkdown(report.saturation),
    chart(report)
  ];
  for (const s of sections) if (s.length > 0) out.push("", ...s);
  if (long && report.comparisons.length > 0) {
    const methods = [...new Set(report.comparisons.map((c) => c.method))];
    out.push(
      "",
      "<details><summary>How these were computed</summary>",
      "",
      ...methods.map((m) => `- ${escapeMarkdown(m)}`),
      "",
      "</details>"
    );
  }
  const footer = [
    `confidence ${formatConfidence(report.settings.confidence)} per bound`,
    `report schema v${report.schemaVersion}`
  ];
  if (ctx.runUrl) footer.unshift(`[job](${ctx.runUrl})`);
  out.push("", `<sub>perf-gate \xB7 ${footer.join(" \xB7 ")}</sub>`, "");
  return { text: out.join("\n"), omitted };
}
function fitted(report, ctx, limit, long) {
  const breakdown = report.comparisons.filter((c) => !isAllTraffic(c)).length;
  let keep = breakdown;
  for (; ; ) {
    const built = build(report, ctx, keep, long);
    if (built.text.length <= limit || keep === 0)
      return built.text.length <= limit ? built.text : built.text.slice(0, limit - 200) + "\n\n_(truncated)_\n";
    keep = Math.floor(keep * Math.min(0.9, limit / built.text.length));
  }
}
function renderComment(report, ctx) {
  return fitted(report, ctx, ctx.maxChars ?? COMMENT_LIMIT, false);
}

// src/render/terminal.ts
var CODES = { red: "31", green: "32", yellow: "33", dim: "2", bold: "1" };
function shouldUseColor(env, isTTY) {
  if (env.NO_COLOR !== void 0 && env.NO_COLOR !== "") return false;
  if (env.FORCE_COLOR !== void 0 && env.FORCE_COLOR !== "" && env.FORCE_COLOR !== "0") return true;
  return isTTY;
}
var MARK = {
  regression: "\u2717",
  suspected: "?",
  improvement: "\u2191",
  within: "\u2713",
  plain: "\xB7"
};
var TONE = {
  regression: "red",
  suspected: "yellow",
  improvement: "green",
  within: "dim",
  plain: "dim"
};
function wrap(text2, width2, indent = "") {
  const words = text2.split(/\s+/);
  const lines = [];
  let line = "";
  for (const w of words) {
    if (line && line.length + 1 + w.length > width2 - indent.length) {
      lines.push(indent + line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(indent + line);
  return lines;
}
function fit(text2, width2) {
  return text2.length <= width2 ? text2.padEnd(width2) : `${text2.slice(0, width2 - 1)}\u2026`;
}
function fitTail(text2, width2) {
  return text2.length <= width2 ? text2.padEnd(width2) : `\u2026${text2.slice(text2.length - width2 + 1)}`;
}
function renderTerminal(report, options) {
  const width2 = Math.max(60, options.width ?? 100);
  const paint2 = (tone, text2) => options.color ? `\x1B[${CODES[tone]}m${text2}\x1B[0m` : text2;
  const out = [];
  const headTone = report.verdict === "fail" ? "red" : report.verdict === "pass" ? "green" : "yellow";
  out.push("", paint2("bold", paint2(headTone, `perf-gate: ${VERDICT_WORD[report.verdict].toUpperCase()}`)));
  out.push(...wrap(escapeTerminal(report.reason), width2, "  "));
  if (report.capacity) {
    out.push("", ...wrap(escapeTerminal(`capacity: ${capacityLine(report.capacity)}`), width2, "  "));
    if (report.capacity.brokeFirst.length > 0)
      out.push(...wrap(escapeTerminal(`broke first: ${report.capacity.brokeFirst.join(", ")}`), width2, "  "));
    const b = report.capacity.bottleneck;
    if (b) out.push(...wrap(escapeTerminal(`bottleneck: ${b.resource}: ${b.evidence}`), width2, "  "));
  }
  const metricWidth = 24;
  const changeWidth = 27;
  const seriesWidth = Math.max(14, width2 - metricWidth - 22 - changeWidth - 7);
  const row = (c) => {
    const m = c.gated ? rowMark(c) : "plain";
    const name = fit(escapeTerminal(`${narrowMetricName(c.metric)} ${c.stat}`), metricWidth);
    const series2 = fitTail(escapeTerminal(seriesLabel(c.series)), seriesWidth);
    const values = `${formatValue(c.baseline, c.unit).padStart(10)} ${formatValue(c.candidate, c.unit).padStart(10)}`;
    const change = fit(formatChange(c), changeWidth);
    const line = `${name} ${series2} ${values}  `;
    return m === "plain" ? paint2("dim", `${MARK[m]} ${line}${change}`) : `${paint2(TONE[m], MARK[m])} ${line}${paint2(TONE[m], change)}`;
  };
  const header = `  ${fit("metric", metricWidth)} ${fit("series", seriesWidth)} ${"baseline".padStart(10)} ${"candidate".padStart(10)}  change [interval]`;
  const main2 = report.comparisons.filter(isHeadlineRow);
  const reported = report.comparisons.filter((c) => !c.gated && isAllTraffic(c) && !isDiagnostic(c));
  const folded = report.comparisons.length - main2.length - reported.length;
  if (report.comparisons.length > 0) {
    out.push("", paint2("dim", header));
    for (const c of main2.slice(0, options.maxBreakdownRows ?? 20)) out.push(row(c));
    if (main2.length > (options.maxBreakdownRows ?? 20))
      out.push(
        paint2("dim", `  \u2026 ${main2.length - (options.maxBreakdownRows ?? 20)} more gated rows in --json`)
      );
    for (const c of reported) out.push(row(c));
    if (folded > 0)
      out.push(
        paint2(
          "dim",
          `  ${folded} more rows (per scenario and endpoint, diagnostics) are in --json and --markdown`
        )
      );
    const tolerances = [
      ...new Set(
        report.comparisons.filter((c) => c.gated).map((c) => `${toleranceGroup(c)} ${formatTolerance(c)}`)
      )
    ];
    out.push(
      paint2(
        "dim",
        `  tolerance: ${tolerances.join(", ") || "none gated"}; bounds at ${formatConfidence(report.settings.confidence)} confidence each side`
      )
    );
    out.push(
      paint2("dim", "  \u2717 regression  ? suspected  \u2191 improvement  \u2713 within tolerance  \xB7 reported, not gated")
    );
  }
  if (report.thresholds.length > 0) {
    const failed = report.thresholds.filter((t) => !t.ok);
    out.push(
      "",
      failed.length === 0 ? paint2(
        "green",
        `k6 thresholds: ${report.thresholds.length === 1 ? "the 1 threshold" : `all ${report.thresholds.length}`} passed`
      ) : paint2("red", `k6 thresholds: ${failed.length} of ${report.thresholds.length} failed`)
    );
    for (const t of failed)
      out.push(paint2("red", `  \u2717 ${escapeTerminal(t.metric)}: ${escapeTerminal(t.expression)}`));
  }
  if (report.baseline) {
    const b = report.baseline;
    const byCommit = basisText(b, (c) => c);
    const parts = [
      byCommit ?? (b.commit ? `commit ${b.commit.slice(0, 7)}` : void 0),
      b.ref,
      b.start ? `from ${b.start}` : void 0,
      byCommit ? void 0 : `${b.runs} run(s) pooled`,
      b.source
    ].filter(Boolean);
    out.push("", paint2("dim", `baseline: ${escapeTerminal(parts.join(", "))}`));
    const candidate = candidateRunsText(report);
    if (candidate) out.push(paint2("dim", `this change: ${candidate}`));
  }
  const pairs2 = pairsTerminal(report.ab, width2);
  if (pairs2) {
    out.push(...wrap(pairs2.head, width2));
    if (pairs2.chart !== void 0) out.push(`  ${pairs2.chart}`);
    for (const line of pairs2.lines) out.push(...wrap(line, width2, "  "));
  }
  if (!report.fingerprint.match) {
    out.push(
      paint2(
        "yellow",
        `workload differs from the baseline${report.fingerprint.forced ? " (compared anyway: --force)" : ""}:`
      )
    );
    for (const d of report.fingerprint.differences) out.push(paint2("yellow", `  ${escapeTerminal(d)}`));
  }
  out.push(...panelTerminal(report.saturation));
  for (const w of [...healthWarningLines(report), ...report.warnings])
    out.push(...wrap(`warning: ${escapeTerminal(w)}`, width2).map((l) => paint2("yellow", l)));
  for (const n of report.notes ?? []) out.push(...wrap(`note: ${escapeTerminal(n)}`, width2));
  const resolution = resolutionText(report);
  if (resolution) out.push("", ...wrap(`resolution: ${escapeTerminal(resolution)}`, width2));
  if (report.verdict === "inconclusive" && report.fingerprint.match) {
    out.push("", ...wrap(`What to do: ${inconclusiveAdvice(report)}`, width2));
  }
  out.push("");
  return out.join("\n");
}

// package.json
var package_default = {
  name: "perf-gate",
  version: "0.1.0",
  description: "Turn a k6 load test into a pull-request gate: honest statistics against a trusted baseline, one sticky diff table.",
  license: "MIT",
  type: "module",
  bin: {
    "perf-gate": "dist/cli.js"
  },
  files: [
    "dist/cli.js",
    "dist/demo.js",
    "schemas",
    "examples"
  ],
  exports: {
    "./package.json": "./package.json",
    "./schemas/*": "./schemas/*"
  },
  engines: {
    node: ">=20"
  },
  scripts: {
    build: "node scripts/build.mjs",
    typecheck: "tsc --noEmit",
    lint: "eslint . && prettier --check .",
    format: "prettier --write .",
    "k6:build": "bash scripts/ensure-k6.sh",
    node24: "bash scripts/ensure-node24.sh",
    demo: "bash scripts/demo.sh",
    test: "vitest run",
    "test:all": "bash scripts/test-all.sh",
    "bench:ingest": "node scripts/run-ts.mjs bench/ingest-speed.ts",
    "bench:live": "node scripts/run-ts.mjs bench/live-overhead.ts",
    "bench:accuracy": "node scripts/run-ts.mjs bench/accuracy.ts",
    "bench:size": "node scripts/run-ts.mjs bench/size.ts",
    "bench:scrape": "node scripts/run-ts.mjs bench/scrape-overhead.ts",
    eval: "node scripts/run-ts.mjs eval/evaluate.ts",
    "eval:real": "node scripts/run-ts.mjs eval/evaluate.ts --real",
    "docs:action": "node scripts/run-ts.mjs scripts/sync-action.ts && prettier --write action.yml && node scripts/action-docs.mjs",
    "vegeta:build": "bash scripts/ensure-vegeta.sh",
    "bench:vegeta": "node scripts/run-ts.mjs bench/vegeta-ingest-speed.ts",
    "test:mutation": "bash scripts/mutation.sh",
    prepack: "npm run build",
    "actionlint:build": "bash scripts/ensure-actionlint.sh"
  },
  devDependencies: {
    "@actions/artifact": "^6.2.1",
    "@actions/core": "^3.0.1",
    "@actions/exec": "^3.0.0",
    "@actions/github": "^9.1.1",
    "@actions/glob": "^0.7.0",
    "@actions/tool-cache": "^4.0.0",
    "@eslint/js": "^9.39.5",
    "@stryker-mutator/core": "^10.1.1",
    "@stryker-mutator/typescript-checker": "^10.1.1",
    "@stryker-mutator/vitest-runner": "^10.1.1",
    "@types/node": "^20.19.43",
    ajv: "^8.20.0",
    esbuild: "^0.28.2",
    eslint: "^9.39.5",
    "fast-check": "^4.10.2",
    prettier: "^3.10.1",
    "prom-client": "^15.1.3",
    "simple-statistics": "^7.12.1",
    typescript: "~6.0.3",
    "typescript-eslint": "^8.73.0",
    vitest: "^4.1.12",
    yaml: "^2.9.1"
  },
  perfGate: {
    k6Version: "v1.8.1",
    vegetaVersion: "v12.13.0",
    actionlintVersion: "v1.7.12"
  },
  overrides: {
    "content-type": "2.1.0"
  }
};

// src/version.ts
var PRODUCT_VERSION = package_default.version;

// src/k6-version.ts
var PINNED_K6_VERSION = package_default.perfGate.k6Version;

// src/io/project-root.ts
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
function projectRoot(from = dirname(fileURLToPath(import.meta.url))) {
  let dir = from;
  for (; ; ) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest)) {
      try {
        if (JSON.parse(readFileSync(manifest, "utf8")).name === "perf-gate")
          return dir;
      } catch {
      }
    }
    const parent = dirname(dir);
    if (parent === dir) return void 0;
    dir = parent;
  }
}
function isCheckout(root) {
  return existsSync(join(root, "scripts", "build.mjs"));
}

// src/domain/stats/holm.ts
function holmRejections(pValues, alpha) {
  if (!(alpha > 0 && alpha < 1))
    throw new RangeError(`holmRejections: alpha must be in (0, 1), got ${alpha}`);
  const m = pValues.length;
  const order = pValues.map((p, i) => ({ p: Number.isNaN(p) ? Infinity : p, i })).sort((a, b) => a.p - b.p);
  const rejected = new Array(m).fill(false);
  for (let j = 0; j < m; j++) {
    const { p, i } = order[j];
    if (!(p <= alpha / (m - j))) break;
    rejected[i] = true;
  }
  return rejected;
}

// src/domain/compare/family.ts
var isAllTraffic2 = (c) => Object.keys(c.series).length === 0;
function inFamily(c) {
  return c.gated && !isAllTraffic2(c) && c.direction !== "unknown";
}
function controlFamily(comparisons, levels) {
  const members = comparisons.map((c, i) => ({ c, i })).filter(({ c }) => inFamily(c));
  const m = members.length;
  const worse = holmRejections(
    members.map(({ c }) => c.pValues?.change ?? 1),
    levels.alpha
  );
  const regressed = holmRejections(
    members.map(({ c }) => c.pValues?.regression ?? 1),
    levels.regressionAlpha
  );
  const out = [...comparisons];
  members.forEach(({ c, i }, k) => {
    const judged = { ...c };
    if (judged.verdict === "regression" && !regressed[k]) {
      judged.verdict = "inconclusive";
      judged.note = `beyond the tolerance on its own, but not once the ${m} gated per-series rows are judged together (Holm)`;
    }
    if (judged.verdict === "inconclusive" && estimateBeyondTolerance(judged) && worse[k])
      judged.suspected = true;
    else delete judged.suspected;
    out[i] = judged;
  });
  return out;
}
function suspectedRegression(c) {
  if (!c.gated || c.verdict !== "inconclusive" || c.direction === "unknown") return false;
  return isAllTraffic2(c) ? estimateBeyondTolerance(c) : c.suspected === true;
}

// src/domain/compare/sequential.ts
var DEFAULT_MAX_RUNS = 3;
var RERUN_POLICIES = ["suspected", "inconclusive"];
var DEFAULT_RERUN_POLICY = "suspected";
function confidencePerLook(confidence, looks) {
  if (!(confidence > 0 && confidence < 1))
    throw new RangeError(`confidence must be in (0, 1): ${confidence}`);
  if (!Number.isInteger(looks) || looks < 1)
    throw new RangeError(`looks must be a positive integer: ${looks}`);
  return 1 - (1 - confidence) / looks;
}
function perLookConfig(config, looks) {
  return { ...config, confidence: confidencePerLook(config.confidence, looks) };
}
var comparisonId = (c) => JSON.stringify([c.metric, c.stat, Object.entries(c.series).sort()]);
function lookAdjusted(nominal, perLook) {
  const wide = new Map(perLook.map((c) => [comparisonId(c), c]));
  return nominal.map((n) => {
    const p = wide.get(comparisonId(n));
    if (!p) throw new Error(`no per-look comparison for ${n.metric} ${n.stat}`);
    const interval = !n.interval || !p.interval ? n.interval : n.direction === "higher-is-worse" ? [p.interval[0], n.interval[1]] : [n.interval[0], p.interval[1]];
    const verdict = p.verdict === "regression" ? "regression" : n.verdict === "unchanged" || n.verdict === "improvement" ? n.verdict : "inconclusive";
    const note = verdict === "unchanged" || verdict === "improvement" ? n.note : p.note ?? n.note;
    const adjusted = { ...n, interval, verdict };
    if (note) adjusted.note = note;
    else delete adjusted.note;
    return adjusted;
  });
}
function worthAnotherRun(report, runsSoFar, maxRuns, policy = "suspected") {
  const workloadMismatch = !report.fingerprint.match && !report.fingerprint.forced;
  if (report.verdict === "fail" || workloadMismatch || runsSoFar >= maxRuns) return false;
  const suspected = report.comparisons.some(suspectedRegression);
  if (policy === "inconclusive")
    return suspected || report.comparisons.some(
      (c) => c.gated && Object.keys(c.series).length === 0 && c.verdict === "inconclusive"
    );
  return report.verdict === "inconclusive" && suspected;
}

// src/vegeta-version.ts
var PINNED_VEGETA_VERSION = package_default.perfGate.vegetaVersion;

// src/options/spec.ts
var pct4 = (fraction) => `${Number((fraction * 100).toFixed(4))}%`;
var pp = (fraction) => `${Number((fraction * 100).toFixed(4))}pp`;
var GATE_COMMANDS = ["run", "ab", "compare"];
var RUN_COMMANDS = ["run", "ab"];
var OPTIONS = {
  script: {
    name: "script",
    kind: "text",
    doc: "A k6 script to run (path relative to working-directory). Set this or `results`.",
    action: true
  },
  results: {
    name: "results",
    kind: "lines",
    doc: "k6 output already produced (`--out json` or `--out csv`, gzipped or not, or perf-gate run summaries), paths or globs, one per line; several files are merged as shards of one test. Set this or `script`.",
    action: true
  },
  env: {
    name: "env",
    kind: "key-values",
    doc: "Environment for the script, one KEY=VALUE per line, read as `__ENV.KEY`: passed in k6's process environment, not on its command line (where `ps` would show it), except `K6_*` names and names like PATH or HOME, which stay `-e` flags. Of the step's own environment k6 gets only `K6_*` variables and basics like PATH and HOME, never a token.",
    cli: {
      commands: [...RUN_COMMANDS, "capacity"],
      short: "e",
      placeholder: "KEY=VALUE",
      doc: "passed to the script as __ENV.KEY (repeatable)"
    },
    action: true
  },
  k6Args: {
    name: "k6-args",
    kind: "text",
    doc: "Extra arguments for `k6 run`, e.g. `--tag env=ci`. Workload shortcuts among them (`--vus`, `--duration`, `--iterations`, `--stage`) are part of the workload fingerprint; `--no-summary`, `--summary-mode legacy` and `--new-machine-readable-summary` are left out with a warning (k6 v2 refuses the first two; all three would hide the thresholds' outcomes perf-gate reads).",
    action: true
  },
  k6Path: {
    name: "k6-path",
    kind: "text",
    doc: "A k6 binary to use as is (also K6_PATH). When neither is set, `k6-version` is installed.",
    cli: {
      commands: [...RUN_COMMANDS, "capacity"],
      flag: "k6",
      placeholder: "path",
      doc: "the k6 binary (else K6_PATH, the pinned build in .tools/, PATH)"
    },
    action: true
  },
  k6Version: {
    name: "k6-version",
    kind: "text",
    doc: `The k6 release to use. Default \`${PINNED_K6_VERSION.replace(/^v/, "")}\`, the version perf-gate is built and tested with; set a k6 v2 release (e.g. \`2.2.0\`) to run k6 v2, which perf-gate supports as well. A k6 on PATH of that version is used; otherwise the release asset (\`k6-v<version>-linux-amd64.tar.gz\`, same naming for v1 and v2) is downloaded, checked against the release's SHA-256 checksums file, and cached. A baseline recorded with another k6 major version makes the gate inconclusive (the workload differs) until the default branch stores a baseline with the new one.`,
    action: true
  },
  k6DownloadUrl: {
    name: "k6-download-url",
    kind: "text",
    doc: "Where k6 releases are downloaded from (a mirror with GitHub's layout, `<url>/v<version>/<asset>`).",
    default: "https://github.com/grafana/k6/releases/download",
    action: true
  },
  k6Sha256: {
    name: "k6-sha256",
    kind: "text",
    doc: "The SHA-256 of the k6 release archive for this runner (from k6's checksums file). When set, the download and every tool-cache hit are checked against it instead of the checksums file from the same mirror, and a k6 on PATH is not used (a binary has no archive to check; `k6-path` still is); set it on self-hosted runners.",
    action: true
  },
  baselineFailedThresholds: {
    name: "baseline-failed-thresholds",
    kind: "flag",
    doc: "`true` takes default-branch runs whose k6 thresholds failed as baselines. Off by default: such a run is never a baseline, whatever its job concluded (a `continue-on-error` step makes a job succeed).",
    default: "false",
    cli: {
      commands: ["run", "capacity"],
      doc: "store runs whose k6 thresholds failed as baselines, and take such stored runs as baselines"
    },
    action: true
  },
  config: {
    name: "config",
    kind: "text",
    doc: "A gate config file (JSON or YAML) with per-metric rules; default `perf-gate.config.json`, `.yml` or `.yaml` in the working directory when one is there. Flags and inputs override it.",
    cli: {
      commands: [...GATE_COMMANDS, "capacity"],
      placeholder: "file",
      doc: "a gate config file (JSON or YAML) with per-metric rules; default perf-gate.config.json, .yml or .yaml here"
    },
    action: true
  },
  tolerance: {
    name: "tolerance",
    kind: "percent",
    doc: "Latency regression tolerated, e.g. `10%` (or the fraction `0.1`). A regression fails the job only when it is confidently beyond this.",
    default: pct4(DEFAULT_GATE_CONFIG.latencyTolerance),
    cli: {
      commands: GATE_COMMANDS,
      placeholder: "pct",
      doc: "latency regression tolerated, e.g. 10% (or the fraction 0.1)"
    },
    action: true,
    config: true
  },
  errorTolerance: {
    name: "error-tolerance",
    kind: "points",
    doc: "Error-rate increase tolerated, in percentage points, written with its unit: `0.1pp` (a plain number or `%` is refused: they read as relative amounts elsewhere).",
    default: pp(DEFAULT_GATE_CONFIG.errorRateTolerance),
    cli: {
      commands: GATE_COMMANDS,
      placeholder: "pp",
      doc: "error-rate increase tolerated, in percentage points, e.g. 0.1pp"
    },
    action: true,
    config: true
  },
  confidence: {
    name: "confidence",
    kind: "confidence",
    doc: "One-sided confidence of each bound, e.g. `0.99` or `99%`.",
    default: String(DEFAULT_GATE_CONFIG.confidence),
    cli: { commands: [...GATE_COMMANDS, "capacity"], placeholder: "level" },
    action: true,
    config: true
  },
  reportOnly: {
    name: "report-only",
    kind: "metric-stats",
    doc: "Metrics (or metric:stat) to report without gating, comma or line separated, e.g. `http_req_duration:p99`.",
    cli: {
      commands: GATE_COMMANDS,
      placeholder: "m[:s]",
      doc: "report but do not gate a metric or metric:stat, e.g. http_req_duration:p99 (repeatable)"
    },
    action: true,
    config: true
  },
  onInconclusive: {
    name: "on-inconclusive",
    kind: "choice",
    choices: ["warn", "fail", "pass"],
    doc: "What an inconclusive result does, `warn` (job passes with a warning), `fail` or `pass`.",
    default: DEFAULT_GATE_CONFIG.inconclusivePolicy,
    cli: {
      commands: [...GATE_COMMANDS, "capacity"],
      placeholder: "what",
      doc: "warn (exit 0, the default), fail (exit 1) or pass"
    },
    action: true,
    config: true
  },
  force: {
    name: "force",
    kind: "flag",
    doc: "Compare even when the workloads (scenarios) differ.",
    cli: { commands: [...GATE_COMMANDS, "capacity"] },
    config: true
  },
  gateId: {
    name: "gate-id",
    kind: "name",
    doc: "Keeps several gates in one repository apart (their baselines and comments).",
    default: "default",
    cli: {
      commands: ["run", "capacity", "trend"],
      placeholder: "id",
      doc: "keeps several gates apart in one baseline directory",
      // Capacity runs keep their own baselines: they are not comparable with a gate's.
      defaultFor: { capacity: "capacity" }
    },
    action: true
  },
  githubToken: {
    name: "github-token",
    kind: "text",
    doc: "Token for the baseline artifacts and the comment. Needs `actions: read`; `pull-requests: write` to comment.",
    default: "${{ github.token }}",
    action: true
  },
  baselineName: {
    name: "baseline-name",
    kind: "name",
    doc: "Name of the baseline artifact (a non-default `gate-id` is appended, so gates keep their own).",
    default: "perf-gate-baseline",
    action: true
  },
  baselineDir: {
    name: "baseline-dir",
    kind: "text",
    doc: "Keep baselines in this directory instead of artifacts (persist it yourself, e.g. with actions/cache).",
    cli: {
      commands: ["run", "capacity", "trend"],
      placeholder: "dir",
      default: ".perf-gate",
      doc: "where baselines live"
    },
    action: true
  },
  retentionDays: {
    name: "retention-days",
    kind: "count",
    doc: "Days the baseline artifact is kept (GitHub's default when empty). A baseline expires if the default branch gets no push for that long.",
    action: true
  },
  comment: {
    name: "comment",
    kind: "choice",
    choices: ["always", "on-regression", "never"],
    doc: "Post the sticky PR comment `always`, `on-regression` (a passing update still refreshes an existing comment), or `never`.",
    default: "always",
    action: true
  },
  onMissingBaseline: {
    name: "on-missing-baseline",
    kind: "choice",
    choices: ["warn", "fail"],
    doc: "What no baseline does, `warn` (job passes; the comment says how to create one) or `fail`.",
    default: "warn",
    action: true
  },
  changePointIssue: {
    name: "change-point-issue",
    kind: "flag",
    doc: "`true` opens one GitHub issue per new change point for the worse beyond the tolerance on the default branch's trend (updated, never duplicated, listing the commits in the range). Needs `issues: write`.",
    default: "false",
    action: true
  },
  trendJson: {
    name: "trend-json",
    kind: "flag",
    doc: "print the trend and its change points as JSON",
    cli: { commands: ["trend"], flag: "json" }
  },
  acceptLabel: {
    name: "accept-label",
    kind: "text",
    doc: "A pull-request label that accepts a failing result (the comment says who added it).",
    default: "perf-gate:accept",
    action: true
  },
  baselineTarget: {
    name: "baseline-target",
    kind: "text",
    doc: "Same-runner A/B mode (the recommended mode on shared runners), with `candidate-target`. The URL of the baseline version; the script runs against both, interleaved, and no stored baseline is used.",
    cli: {
      commands: ["ab"],
      placeholder: "url",
      doc: "the target of the baseline (e.g. the default branch's build)"
    },
    action: true
  },
  candidateTarget: {
    name: "candidate-target",
    kind: "text",
    doc: "A/B mode, the URL of the candidate version (e.g. this pull request's build, started in an earlier step).",
    cli: {
      commands: ["ab"],
      placeholder: "url",
      doc: "the target of the candidate (e.g. the pull request's build)"
    },
    action: true
  },
  targetEnv: {
    name: "target-env",
    kind: "text",
    doc: "A/B mode, the script environment variable that receives the target URL.",
    default: "BASE_URL",
    cli: { commands: ["ab"], placeholder: "name" },
    action: true
  },
  pairs: {
    name: "pairs",
    kind: "count",
    min: 3,
    doc: "A/B mode, the interleaved pairs of runs before the first look (at least 3; a warm-up pair runs first and is not counted). While the answer is open, one more pair runs per look, up to `max-pairs`.",
    default: "4",
    cli: { commands: ["ab"], placeholder: "n" },
    action: true
  },
  maxPairs: {
    name: "max-pairs",
    kind: "count",
    min: 3,
    // Each pair is listed in the report (schemas/report.schema.json bounds the list) and costs two runs.
    max: 200,
    doc: "A/B mode, the most pairs (at least `pairs`, at most 200): after the first look, pairs are added one at a time while a regression is suspected or a gated comparison is unsettled; it stops as soon as a regression is established or every gated comparison is settled. Each look calls a regression only at its share of the confidence.",
    default: "20",
    cli: { commands: ["ab"], placeholder: "n" },
    action: true
  },
  mode: {
    name: "mode",
    kind: "choice",
    choices: ["gate", "comment", "capacity"],
    doc: "`gate` runs the gate; `comment` (in a `workflow_run` workflow) posts the report a fork pull request left behind; `capacity` searches the maximum sustained rate under `slo` and gates its drop (`capacity-tolerance`).",
    default: "gate",
    action: true
  },
  saveBaseline: {
    name: "save-baseline",
    kind: "choice",
    choices: ["auto", "always", "never"],
    doc: "`auto` stores the run as a baseline on pushes to the default branch; `always`; `never`.",
    default: "auto",
    action: true
  },
  replaceBaseline: {
    // The CLI's `--save-baseline` (a flag) is not the action's input `save-baseline` (a choice): one name each.
    name: "replace-baseline",
    kind: "flag",
    doc: "make this run the baseline, replacing the stored one(s)",
    cli: { commands: ["run", "capacity"], flag: "save-baseline" }
  },
  addBaseline: {
    name: "add-baseline",
    kind: "flag",
    doc: "add this run to the baseline history (pooled for the noise estimate)",
    cli: { commands: ["run", "capacity"] }
  },
  readOnly: {
    name: "read-only",
    kind: "flag",
    doc: "never write a baseline, not even the first",
    cli: { commands: ["run", "capacity"] }
  },
  history: {
    name: "history",
    kind: "count",
    doc: "Baseline runs pooled for the baseline value; the run-to-run noise comes from every trusted run stored (up to 30).",
    default: "5",
    cli: {
      commands: ["run", "capacity"],
      placeholder: "n",
      doc: "baseline runs to pool for the baseline value (the noise uses every stored run, up to 30)"
    },
    action: true,
    config: true
  },
  runs: {
    name: "runs",
    kind: "count",
    doc: "Repeat the candidate run this many times and pool the runs (narrower intervals; on the default branch every run is stored). Needs `script`.",
    default: "1",
    cli: {
      commands: ["run"],
      placeholder: "n",
      doc: "repeat the run n times and pool them (narrower intervals; all are stored when a baseline is written)"
    },
    action: true,
    config: true
  },
  maxRuns: {
    name: "max-runs",
    kind: "count",
    doc: `The most candidate runs on a pull request: when a regression is suspected but not established, the candidate runs again (each look calls a regression only at its share of the confidence). Default: ${DEFAULT_MAX_RUNS} for a \`script\` on a pull request (catches a +25% p95 in 98-100% of simulated trials, one run 77-92%); 1 on the default branch and with \`results\`.`,
    default: "",
    cli: {
      commands: ["run"],
      placeholder: "n",
      doc: `run again while a regression is suspected, up to n runs in all (default ${DEFAULT_MAX_RUNS}; 1 turns it off)`
    },
    action: true,
    config: true
  },
  rerun: {
    name: "rerun",
    kind: "choice",
    choices: RERUN_POLICIES,
    doc: "What makes another run, up to `max-runs`: `suspected` (an inconclusive comparison whose estimate is beyond its tolerance) or `inconclusive` (any inconclusive verdict: settles more answers, repeats more runs).",
    default: DEFAULT_RERUN_POLICY,
    cli: {
      commands: ["run"],
      placeholder: "when",
      doc: "what makes another run: suspected (a regression is suspected) or inconclusive (any inconclusive verdict)"
    },
    action: true,
    config: true
  },
  warmup: {
    name: "warmup",
    kind: "duration",
    doc: "Leave out the first part of the run, e.g. `10s`.",
    cli: { commands: ["run", "ab", "compare", "summarize", "capacity"], placeholder: "duration" },
    action: true,
    config: true
  },
  maxSeries: {
    name: "max-series",
    kind: "count",
    doc: "request-name series kept before pooling the rest (default 20)",
    cli: { commands: ["summarize"], placeholder: "n" }
  },
  workingDirectory: {
    name: "working-directory",
    kind: "text",
    doc: "Directory the script and results paths are relative to.",
    default: ".",
    action: true
  },
  reportPath: {
    name: "report-path",
    kind: "text",
    doc: "Where to write the report JSON. Default `perf-gate-report-<gate-id>.json` in the workspace.",
    cli: {
      commands: [...GATE_COMMANDS, "capacity"],
      flag: "json",
      placeholder: "path",
      doc: "write the report JSON (schemas/report.schema.json) there"
    },
    action: true
  },
  markdown: {
    name: "markdown",
    kind: "text",
    doc: "write the PR-comment Markdown there",
    cli: { commands: [...GATE_COMMANDS, "capacity"], placeholder: "path" }
  },
  out: {
    name: "out",
    kind: "text",
    doc: "where to write the run summary (required)",
    cli: { commands: ["summarize", "merge"], placeholder: "path" }
  },
  // vegeta as a load generator (issue 15): `perf-gate vegeta <targets>` and the action's vegeta-* inputs.
  vegetaTargets: {
    name: "vegeta-targets",
    kind: "text",
    doc: "A vegeta targets file to attack instead of running a k6 script (`METHOD URL` lines, vegeta's http format; path relative to working-directory). Needs `vegeta-rate` and `vegeta-duration`. Set this, `script` or `results`.",
    action: true
  },
  vegetaRate: {
    name: "vegeta-rate",
    kind: "text",
    doc: "The vegeta attack rate, as `vegeta attack -rate` takes it: `100/s`, `6000/1m`. Part of the workload fingerprint.",
    cli: {
      commands: ["vegeta"],
      flag: "rate",
      placeholder: "n/s",
      doc: "requests per period, e.g. 100/s (required)"
    },
    action: true
  },
  vegetaDuration: {
    name: "vegeta-duration",
    kind: "duration",
    doc: "How long the vegeta attack lasts, e.g. `30s`. Part of the workload fingerprint.",
    cli: {
      commands: ["vegeta"],
      flag: "duration",
      placeholder: "time",
      doc: "how long the attack lasts, e.g. 30s (required)"
    },
    action: true
  },
  vegetaArgs: {
    name: "vegeta-args",
    kind: "text",
    doc: "Extra arguments for `vegeta attack`, e.g. `-max-workers=50 -timeout=5s` (part of the workload fingerprint). perf-gate adds `-max-body=0` (results without the response bodies, which it never reads) unless these set `-max-body`; vegeta then reports 0 bytes received (its `bytes_in` counts the body it kept), so `data_received` is 0 unless you pass `-max-body=-1`.",
    action: true
  },
  resultFormat: {
    name: "format",
    kind: "choice",
    choices: ["auto", "k6-json", "k6-csv", "vegeta-json", "vegeta-csv"],
    doc: "how the input is encoded; `auto` tells k6 output and vegeta results apart by the first line",
    default: "auto",
    cli: { commands: ["summarize"], placeholder: "encoding" }
  },
  vegetaPath: {
    name: "vegeta-path",
    kind: "text",
    doc: "A vegeta binary to use (also VEGETA_PATH); else vegeta on PATH; else the action builds `vegeta-version` with Go.",
    cli: {
      commands: ["vegeta"],
      flag: "vegeta",
      placeholder: "path",
      doc: "the vegeta binary (else VEGETA_PATH, the pinned build in .tools/, PATH)"
    },
    action: true
  },
  vegetaVersion: {
    name: "vegeta-version",
    kind: "text",
    doc: `The vegeta release the action builds when no vegeta is given (\`vegeta-path\`, VEGETA_PATH) or on PATH: \`go install github.com/tsenart/vegeta/v12@v<version>\` (the Go checksum database verifies the module; Go is on GitHub's hosted runners), kept in the runner's tool cache. Default \`${PINNED_VEGETA_VERSION.replace(/^v/, "")}\`, the version perf-gate is tested with. Without Go, install vegeta in an earlier step.`,
    default: PINNED_VEGETA_VERSION.replace(/^v/, ""),
    action: true
  },
  // Server-side metrics (issue 14): the service's own Prometheus metrics scraped while the load runs.
  serverMetrics: {
    name: "server-metrics",
    kind: "lines",
    doc: "URLs of the service's Prometheus metrics (e.g. `http://127.0.0.1:2121/metrics`), one per line, scraped every 2 s while k6 runs: CPU seconds per request is gated, memory, GC and server latency per route are reported; in capacity mode they name the bottleneck. A URL that does not answer is a warning, never an error. One target pairs with the baseline's whatever its URL; several pair by name: write `name=url` (e.g. `api=http://127.0.0.1:2121/metrics`), since ports and hosts change between runs. A target left unpaired is a warning in the report.",
    cli: {
      commands: ["run", "capacity"],
      placeholder: "[name=]url",
      doc: "scrape the service's Prometheus metrics at this URL while k6 runs (repeatable; name=url pairs several targets across runs)"
    },
    action: true
  },
  baselineServerMetrics: {
    name: "baseline-server-metrics",
    kind: "lines",
    doc: "A/B mode: the baseline version's Prometheus metrics URLs, one per line, scraped while k6 runs against it; paired line by line with `candidate-server-metrics`, so CPU seconds per request gets a paired interval like the latencies.",
    cli: {
      commands: ["ab"],
      placeholder: "url",
      doc: "scrape the baseline version's Prometheus metrics at this URL while k6 runs against it (repeatable)"
    },
    action: true
  },
  candidateServerMetrics: {
    name: "candidate-server-metrics",
    kind: "lines",
    doc: "A/B mode: the candidate version's Prometheus metrics URLs, one per line, in the order of `baseline-server-metrics`.",
    cli: {
      commands: ["ab"],
      placeholder: "url",
      doc: "scrape the candidate version's Prometheus metrics at this URL while k6 runs against it (repeatable)"
    },
    action: true
  },
  prometheus: {
    name: "prometheus",
    kind: "text",
    doc: "A Prometheus server that scrapes the service (e.g. `http://127.0.0.1:9090`): after k6 ends, its `query_range` API gives the run's span of process_*, go_*, nodejs_* and HTTP server histogram series, reduced like `server-metrics`.",
    cli: {
      commands: ["run", "capacity"],
      placeholder: "url",
      doc: "read the service's metrics from this Prometheus server's query_range API"
    },
    action: true
  },
  prometheusQuery: {
    name: "prometheus-query",
    kind: "key-values",
    doc: "With `prometheus`: more PromQL queries, one NAME=QUERY per line, reported as gauges (mean, max) under NAME.",
    cli: { commands: ["run", "capacity"], placeholder: "name=query" },
    action: true
  },
  // Capacity mode (issue 16): the maximum sustained rate under objectives, and its regression.
  slo: {
    name: "slo",
    kind: "lines",
    doc: "Capacity mode: the objectives every step must meet, one per line (repeatable flag), e.g. `http_req_duration:p95<200ms` and `http_req_failed:rate<1%`.",
    cli: {
      commands: ["capacity"],
      placeholder: "metric:stat<limit",
      doc: "an objective, e.g. http_req_duration:p95<200ms (repeatable)"
    },
    action: true
  },
  from: {
    name: "from",
    kind: "count",
    doc: "Capacity mode: the first offered rate, iterations of `exec` per second (requests per second only when an iteration makes one request); the staircase doubles it up to `to`.",
    default: "20",
    cli: { commands: ["capacity"], placeholder: "per-second" },
    action: true
  },
  to: {
    name: "to",
    kind: "count",
    doc: "Capacity mode: the highest offered rate, iterations of `exec` per second.",
    default: "2000",
    cli: { commands: ["capacity"], placeholder: "per-second" },
    action: true
  },
  stepDuration: {
    name: "step-duration",
    kind: "duration",
    doc: "Capacity mode: how long each rate is offered; its first quarter (at most 5 s, or `warmup`) is warm-up and left out.",
    default: "20s",
    cli: { commands: ["capacity"], placeholder: "duration" },
    action: true
  },
  exec: {
    name: "exec",
    kind: "text",
    doc: "Capacity mode: the script's exported function to drive.",
    default: "default",
    cli: { commands: ["capacity"], placeholder: "fn" },
    action: true
  },
  capacityTolerance: {
    name: "capacity-tolerance",
    kind: "percent",
    doc: "Capacity mode: the drop in maximum sustained rate tolerated; the gate fails only when even the brackets' most favourable reading is beyond it.",
    default: "10%",
    cli: { commands: ["capacity"], placeholder: "pct" },
    action: true
  },
  capacityResolution: {
    name: "capacity-resolution",
    kind: "percent",
    doc: "Capacity mode: bisection stops when the bracket (last rate that met every objective, first that did not) is this narrow.",
    default: "5%",
    cli: { commands: ["capacity"], placeholder: "pct" },
    action: true
  }
};
var INPUT = Object.fromEntries(
  Object.entries(OPTIONS).filter(([, o]) => "action" in o).map(([key, o]) => [key, o.name])
);
var flagOf = (o) => o.cli?.flag ?? o.name;
function optionsOf(command9) {
  return Object.entries(OPTIONS).filter(
    ([key, o]) => o.cli?.commands.includes(command9) || // `perf-gate vegeta` gates like `perf-gate run`: it takes run's options but the k6-only ones.
    command9 === "vegeta" && o.cli?.commands.includes("run") && !K6_ONLY.has(key)
  );
}
var K6_ONLY = /* @__PURE__ */ new Set([
  "env",
  "k6Path",
  "serverMetrics",
  "prometheus",
  "prometheusQuery",
  "baselineFailedThresholds"
]);

// src/io/tool-locate.ts
import { accessSync, constants, existsSync as existsSync2 } from "node:fs";
import { delimiter, join as join2, resolve } from "node:path";
function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
function pinnedToolPath(tool, root = projectRoot()) {
  if (!root) return void 0;
  const path = join2(root, ".tools", `${tool.name}-${tool.version}`, tool.name);
  return existsSync2(path) ? path : void 0;
}
function locateTool(tool, given, env, cwd, surface = "cli", root = projectRoot()) {
  const option = surface === "cli" ? tool.flag : `input '${tool.input}'`;
  for (const [value, source] of [
    [given, option],
    [env[tool.envVar], tool.envVar]
  ]) {
    if (!value) continue;
    const path = resolve(cwd, value);
    if (!isExecutable(path))
      throw new PerfGateError(
        `${tool.name} not found at ${path} (from ${source})`,
        `Point ${source} at an executable ${tool.name} binary, or leave it unset ${surface === "cli" ? "to use the pinned build" : `(${tool.actionFallback})`}`
      );
    return { path, source };
  }
  const pinned = pinnedToolPath(tool, root);
  if (pinned && isExecutable(pinned)) return { path: pinned, source: `pinned build ${tool.version}` };
  for (const dir of (env.PATH ?? "").split(delimiter)) {
    if (!dir) continue;
    const path = join2(dir, tool.name);
    if (isExecutable(path)) return { path, source: "PATH" };
  }
  const checkout = root !== void 0 && isCheckout(root);
  const lookedAt = checkout ? `${option}, ${tool.envVar}, the pinned build in .tools/ and PATH` : `${option}, ${tool.envVar} and PATH`;
  if (surface === "action")
    throw new PerfGateError(
      `${tool.name} was not found (looked at ${lookedAt})`,
      `Install ${tool.name} in an earlier step, or set ${option} (or ${tool.envVar}) to its path`
    );
  throw new PerfGateError(
    `${tool.name} was not found (looked at ${lookedAt})`,
    checkout ? `Build the pinned ${tool.name} ${tool.version} with \`npm run ${tool.buildScript}\` (needs Go), or pass ${tool.flag} <path> or set ${tool.envVar}` : `Install ${tool.name} (perf-gate is tested with ${tool.version}) and put it on PATH, or pass ${tool.flag} <path> or set ${tool.envVar}`
  );
}
var locatorFor = (tool) => (given, env, cwd, surface = "cli") => locateTool(tool, given, env, cwd, surface);

// src/io/k6-locate.ts
var K6 = {
  name: "k6",
  flag: `--${OPTIONS.k6Path.cli.flag}`,
  input: INPUT.k6Path,
  actionFallback: "k6-version is installed",
  envVar: "K6_PATH",
  version: PINNED_K6_VERSION,
  buildScript: "k6:build"
};
var locateK6 = locatorFor(K6);

// src/io/k6-runner.ts
import { spawn } from "node:child_process";

// src/io/k6-args.ts
var SHORTCUTS = [
  { long: "--vus", short: "-u", env: "K6_VUS" },
  { long: "--duration", short: "-d", env: "K6_DURATION" },
  { long: "--iterations", short: "-i", env: "K6_ITERATIONS" },
  { long: "--stage", short: "-s", env: "K6_STAGES" }
];
var EXECUTION_ENV = ["K6_DURATION", "K6_ITERATIONS", "K6_STAGES"];
var TAKES_VALUE = /* @__PURE__ */ new Set([
  "--address",
  "-a",
  "--config",
  "-c",
  "--env",
  "-e",
  "--out",
  "-o",
  "--tag",
  "--summary-export",
  "--summary-mode",
  "--summary-trend-stats",
  "--summary-time-unit",
  "--log-output",
  "--log-format",
  "--execution-segment",
  "--execution-segment-sequence",
  "--compatibility-mode",
  "--console-output",
  "--user-agent",
  "--local-ips",
  "--dns",
  "--system-tags",
  "--blacklist-ip",
  "--block-hostnames",
  "--max-redirects",
  "--batch",
  "--batch-per-host",
  "--rps",
  "--http-debug",
  "--traces-output",
  "--secret-source",
  "--features"
]);
var NO_SUMMARY = "k6 v2 no longer has it (k6 exits 255), and on v1 it also stops the summary export perf-gate reads thresholds' outcomes from; perf-gate does not show k6's printed summary anyway";
function flagAt(args, i) {
  const arg = args[i];
  if (arg === "--" || !arg.startsWith("-") || arg === "-") return void 0;
  const eq = arg.indexOf("=");
  if (arg.startsWith("--")) {
    if (eq > 0) return { name: arg.slice(0, eq), value: arg.slice(eq + 1), consumed: 1 };
    return { name: arg, consumed: 1 };
  }
  const name = arg.slice(0, 2);
  if (arg.length > 2) return { name, value: arg.slice(arg[2] === "=" ? 3 : 2), consumed: 1 };
  return { name, consumed: 1 };
}
function analyseK6Args(args) {
  const runArgs = [];
  const neutralised = [];
  const values = /* @__PURE__ */ new Map();
  const configArgs = [];
  const envArgs = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--") {
      runArgs.push(...args.slice(i));
      break;
    }
    const flag = flagAt(args, i);
    if (!flag) {
      runArgs.push(arg);
      continue;
    }
    const shortcut = SHORTCUTS.find((s) => s.long === flag.name || s.short === flag.name);
    const needsNext = flag.value === void 0 && (shortcut !== void 0 || TAKES_VALUE.has(flag.name));
    const value = needsNext ? args[i + 1] : flag.value;
    const taken = needsNext && value !== void 0 ? [arg, value] : [arg];
    i += taken.length - 1;
    if (flag.name === "--no-summary") {
      neutralised.push(`ignored \`${taken.join(" ")}\` in the k6 arguments: ${NO_SUMMARY}`);
      continue;
    }
    if (flag.name === "--summary-mode" && value === "legacy") {
      neutralised.push(
        `ignored \`${taken.join(" ")}\` in the k6 arguments: k6 v2 no longer has the legacy summary (k6 exits 255); it only changes k6's printed summary, which perf-gate does not show`
      );
      continue;
    }
    if (flag.name === "--new-machine-readable-summary") {
      neutralised.push(
        `ignored \`${taken.join(" ")}\` in the k6 arguments: it changes the layout of k6's summary export and leaves out the thresholds' outcomes perf-gate reads from it`
      );
      continue;
    }
    runArgs.push(...taken);
    if (value === void 0) continue;
    if (shortcut) {
      const list = values.get(shortcut.env) ?? [];
      values.set(shortcut.env, shortcut.env === "K6_STAGES" ? [...list, value] : [value]);
    } else if (flag.name === "--config" || flag.name === "-c") {
      configArgs.splice(0, configArgs.length, "--config", value);
    } else if (flag.name === "--env" || flag.name === "-e") {
      envArgs.push("-e", value);
    }
  }
  const workloadEnv = {};
  if (EXECUTION_ENV.some((e) => values.has(e))) for (const e of EXECUTION_ENV) workloadEnv[e] = null;
  for (const [env, list] of values) workloadEnv[env] = list.join(",");
  return { runArgs, neutralised, workloadEnv, configArgs, envArgs };
}
function applyWorkloadShortcuts(options, workloadEnv) {
  const out = { ...options };
  const set = (env) => typeof workloadEnv[env] === "string";
  if (EXECUTION_ENV.some(set)) {
    out.duration = null;
    out.iterations = null;
    out.stages = null;
    out.scenarios = null;
  }
  if (set("K6_VUS")) out.vus = Number(workloadEnv.K6_VUS);
  if (set("K6_DURATION")) out.duration = workloadEnv.K6_DURATION;
  if (set("K6_ITERATIONS")) out.iterations = Number(workloadEnv.K6_ITERATIONS);
  if (set("K6_STAGES")) {
    out.stages = workloadEnv.K6_STAGES.split(",").map((stage) => {
      const [duration, target] = stage.split(":");
      return { duration, target: target ? Number(target) : null };
    });
  }
  return out;
}
function neutralisedK6Env(env) {
  const out = { ...env };
  const neutralised = [];
  if (out.K6_NEW_MACHINE_READABLE_SUMMARY !== void 0) {
    delete out.K6_NEW_MACHINE_READABLE_SUMMARY;
    neutralised.push(
      "ignored K6_NEW_MACHINE_READABLE_SUMMARY for k6's process: it changes the layout of k6's summary export and leaves out the thresholds' outcomes perf-gate reads from it"
    );
  }
  if (out.K6_SUMMARY_MODE === "legacy") {
    delete out.K6_SUMMARY_MODE;
    neutralised.push(
      "ignored K6_SUMMARY_MODE=legacy for k6's process: k6 v2 no longer has the legacy summary (k6 exits 255)"
    );
  }
  if (out.K6_NO_SUMMARY !== void 0) {
    delete out.K6_NO_SUMMARY;
    neutralised.push(`ignored K6_NO_SUMMARY for k6's process: ${NO_SUMMARY}`);
  }
  return { env: out, neutralised };
}

// src/io/k6-version-text.ts
function parseK6VersionJson(stdout) {
  try {
    const version = JSON.parse(stdout)?.version;
    if (typeof version !== "string" || !/^v?\d+\.\d+\.\d+/.test(version)) return void 0;
    return version.startsWith("v") ? version : `v${version}`;
  } catch {
    return void 0;
  }
}
function parseK6VersionText(stdout) {
  return /(?:^|[\s/\\])k6(?:\.exe)? (v\d+\.\d+\.\d+\S*)/im.exec(stdout)?.[1];
}
function k6MajorOf(version) {
  const m = /^v?(\d+)\./.exec(version ?? "");
  return m ? Number(m[1]) : void 0;
}

// src/io/k6-live-stream.ts
function samplesOutArg(format, path) {
  return format === "csv" ? `csv=fileName=${path},timeFormat=unix_micro` : `json=${path}`;
}
function liveStreamFor(k6Version, override) {
  const major = k6MajorOf(k6Version);
  const format = override ?? (major !== void 0 && major >= 2 ? "csv" : "json");
  return {
    format,
    fileName: format === "json-gzip" ? "samples.json.gz" : format === "csv" ? "samples.csv" : "samples.json"
  };
}

// src/io/k6-runner.ts
var PASSED_TO_K6 = /^(PATH|HOME|USER|LOGNAME|SHELL|TMPDIR|TMP|TEMP|TZ|LANG|LANGUAGE|LC_[A-Z]+|SSL_CERT_FILE|SSL_CERT_DIR|HTTPS?_PROXY|https?_proxy|NO_PROXY|no_proxy|ALL_PROXY|SYSTEMROOT|SystemRoot|SYSTEMDRIVE|WINDIR|windir|COMSPEC|PATHEXT|USERPROFILE|APPDATA|LOCALAPPDATA|XDG_[A-Z_]+|RUNNER_TRACKING_ID|K6_[A-Z0-9_]+)$/;
function k6ProcessEnv(env = process.env, overrides = {}) {
  const passed = Object.fromEntries(Object.entries(env).filter(([name]) => PASSED_TO_K6.test(name)));
  const out = {
    ...neutralisedK6Env(passed).env,
    K6_NO_USAGE_REPORT: "true",
    K6_AUTO_EXTENSION_RESOLUTION: "false",
    NO_COLOR: "1"
  };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === null) delete out[key];
    else out[key] = value;
  }
  return out;
}
var K6_API_OFF = "--address=";
var isProcessName = (name) => PASSED_TO_K6.test(name) || name === "NO_COLOR";
function scriptEnvTransport(scriptEnv, runArgs = []) {
  const systemEnvOff = runArgs.some((a) => /^--include-system-env-vars=(false|0|f)$/i.test(a));
  const env = {};
  const args = [];
  for (const [name, value] of Object.entries(scriptEnv)) {
    if (systemEnvOff || isProcessName(name)) args.push("-e", `${name}=${value}`);
    else env[name] = value;
  }
  return { env, args };
}
function k6ErrorMessage(line) {
  if (!/\blevel=(error|fatal)\b/.test(line)) return void 0;
  const m = /\bmsg="((?:[^"\\]|\\.)*)"/.exec(line);
  if (!m) return line.trim();
  return m[1].replace(/\\(.)/g, (_, c) => c === "n" || c === "t" || c === "r" ? " " : c).replace(/\s{2,}/g, " ").trim();
}
function isScriptException(line) {
  return /\blevel=error\b/.test(line) && (/\bsource=stacktrace\b/.test(line) || /msg="(Uncaught|GoError)/.test(line));
}
function scriptExceptions(lines) {
  let count2 = 0;
  let first;
  for (const line of lines) {
    if (!isScriptException(line)) continue;
    count2++;
    first ??= k6ErrorMessage(line);
  }
  return first === void 0 ? { count: count2 } : { count: count2, first };
}
function runProcess(path, args, cwd, onLine, env = k6ProcessEnv()) {
  return new Promise((resolve13, reject) => {
    const child = spawn(path, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    trackChild(child);
    let stdout = "";
    const lines = [];
    const splitter = (keepStdout) => {
      let rest = "";
      return (chunk) => {
        const text2 = chunk.toString("utf8");
        if (keepStdout) stdout += text2;
        const parts = (rest + text2).split("\n");
        rest = parts.pop() ?? "";
        for (const line of parts) {
          lines.push(line);
          onLine?.(line);
        }
      };
    };
    child.stdout.on("data", splitter(true));
    child.stderr.on("data", splitter(false));
    child.on(
      "error",
      (err) => reject(
        new PerfGateError(
          `could not start k6 at ${path}: ${err.message}`,
          "Check that the binary is executable",
          { cause: err }
        )
      )
    );
    child.on("close", (code, signal) => resolve13({ code: code ?? (signal ? 128 : 255), stdout, lines }));
  });
}
var ProcessK6Runner = class {
  constructor(location) {
    this.location = location;
  }
  location;
  /** `k6 version --json` (k6 >= v0.56), else the text of `k6 version`. */
  async version() {
    const json = await runProcess(this.location.path, ["version", "--json"], process.cwd());
    const fromJson = json.code === 0 ? parseK6VersionJson(json.stdout) : void 0;
    if (fromJson) return fromJson;
    const out = await runProcess(this.location.path, ["version"], process.cwd());
    const version = out.code === 0 ? parseK6VersionText(out.stdout) : void 0;
    if (!version) {
      throw new PerfGateError(
        `${this.location.path} (from ${this.location.source}) does not answer \`k6 version\``,
        "Point --k6 or K6_PATH at a working k6 binary"
      );
    }
    return version;
  }
  /**
   * Two `k6 inspect` calls: the script's own options (which also proves the script loads), then the options k6
   * resolves for the run (--execution-requirements), which is what the fingerprint is made from.
   *
   * `k6 inspect` takes none of `k6 run`'s option flags but reads the same K6_* variables, so the shortcuts among
   * the k6 arguments go in as those (on the command line's layer: they clear the lower layers' execution). And
   * where `k6 run` takes 1 VU when nothing sets `vus`, `k6 inspect --execution-requirements` takes 0 and refuses
   * a duration or iterations shortcut ("the number of VUs must be more than 0"): K6_VUS=1 stands in for that
   * default then, and is left out of the result. When it still fails (or the k6 predates the flag), the script's
   * options with the shortcuts laid over them (applyWorkloadShortcuts) are the answer; `k6 run` reports any
   * real configuration error in its own words.
   */
  async inspect(script, scriptEnv, cwd, k6Args = []) {
    const { workloadEnv, configArgs, envArgs: userEnvArgs } = analyseK6Args(k6Args);
    const transport = scriptEnvTransport(scriptEnv);
    const inspectWith = (extra, env2 = k6ProcessEnv(process.env, transport.env)) => runProcess(
      this.location.path,
      [
        "inspect",
        "--include-system-env-vars",
        ...extra,
        ...configArgs,
        ...transport.args,
        ...userEnvArgs,
        script
      ],
      cwd,
      void 0,
      env2
    );
    const plain = await inspectWith([]);
    if (plain.code !== 0) {
      const errors = plain.lines.map(k6ErrorMessage).filter((m) => m !== void 0);
      throw new PerfGateError(
        `k6 cannot load ${script}: ${errors[0] ?? `k6 inspect exited with ${plain.code}`}`,
        "Fix the script (try `k6 inspect` on it) and run again"
      );
    }
    let scriptOptions;
    try {
      scriptOptions = JSON.parse(plain.stdout);
    } catch {
      throw new PerfGateError("`k6 inspect` printed something that is not JSON", "Check the k6 version");
    }
    const env = k6ProcessEnv(process.env, { ...transport.env, ...workloadEnv });
    const resolve13 = async (withEnv) => {
      const out = await inspectWith(["--execution-requirements"], withEnv);
      if (out.code !== 0) return void 0;
      try {
        return JSON.parse(out.stdout);
      } catch {
        return void 0;
      }
    };
    const resolved = await resolve13(env);
    if (resolved) return resolved;
    if (scriptOptions.vus == null && env.K6_VUS === void 0 && configArgs.length === 0) {
      const withDefaultVus = await resolve13({ ...env, K6_VUS: "1" });
      if (withDefaultVus) return { ...withDefaultVus, vus: null };
    }
    return applyWorkloadShortcuts(scriptOptions, workloadEnv);
  }
  async run(request) {
    const { runArgs } = analyseK6Args(request.extraArgs);
    const transport = scriptEnvTransport(request.scriptEnv, runArgs);
    const args = [
      "run",
      "--quiet",
      "--no-color",
      // No REST API: parallel runs (A/B, CI matrices, tests) would collide on 6565, and perf-gate does not use it.
      K6_API_OFF,
      ...request.samplesPath !== void 0 ? ["--out", samplesOutArg(request.samplesFormat ?? "json", request.samplesPath)] : [],
      "--summary-export",
      request.summaryExportPath,
      ...transport.args,
      ...runArgs,
      request.script
    ];
    const env = k6ProcessEnv(process.env, transport.env);
    const out = await runProcess(this.location.path, args, request.cwd, request.onLine, env);
    return {
      exitCode: out.code,
      errors: out.lines.map(k6ErrorMessage).filter((m) => m !== void 0),
      exceptions: scriptExceptions(out.lines)
    };
  }
};

// src/domain/saturation-panel.ts
var GC_SATURATED_SHARE = 0.1;
var DB_WAIT_COUNTERS = ["go_sql_wait_count_total", "db_client_connections_wait_count_total"];
var routeId = (r) => `${r.metric} ${JSON.stringify(Object.entries(r.route).sort())}`;
function baselineRoute(baseline, r) {
  const b = baseline?.routes.find((x) => routeId(x) === routeId(r))?.quantiles.p95;
  return b === void 0 ? {} : { baselineP95: b * 1e3 };
}
function panelTarget(t, baseline) {
  const e = t.efficiency;
  const ms2 = (s) => s === void 0 ? void 0 : s * 1e3;
  return {
    target: t.target,
    scrapes: t.scrapes,
    failures: t.failures,
    cpuPerRequestMs: ms2(e.cpuSecondsPerRequest),
    baselineCpuPerRequestMs: ms2(baseline?.efficiency.cpuSecondsPerRequest),
    coresUsed: e.coresUsed,
    rssBytes: t.gauges.process_resident_memory_bytes?.last,
    memoryGrowthBytes: e.memoryGrowthBytes,
    gcTimeShare: e.gcTimeShare,
    goroutinesMax: e.goroutinesMax,
    eventLoopLagMaxMs: ms2(e.eventLoopLagMaxSeconds),
    routes: t.routes.map((r) => ({
      ...baselineRoute(baseline, r),
      route: Object.entries(r.route).map(([k, v]) => `${k}=${v}`).join(" "),
      count: r.count,
      p50: ms2(r.quantiles.p50),
      p95: ms2(r.quantiles.p95),
      resolutionP95: ms2(r.resolution.p95)
    })).sort((a, b) => b.count - a.count)
  };
}
function saturationPanel(candidate, history, signals) {
  const targets = candidate.server?.targets ?? [];
  if (targets.length === 0 && !candidate.generator) return void 0;
  const panelTargets = targets.map(
    (t) => panelTarget(
      t,
      history.map((r) => r.server?.targets.find((b) => b.target === t.target)).find((b) => b !== void 0)
    )
  );
  const triage = [
    [signals.cpuRegressed, "application CPU: CPU seconds per request regressed"],
    [
      targets.some((t) => DB_WAIT_COUNTERS.some((n) => (t.counters[n] ?? 0) > 0)),
      "database: requests waited for a pooled connection"
    ],
    [
      targets.some((t) => (t.efficiency.gcTimeShare ?? 0) >= GC_SATURATED_SHARE),
      `GC: pauses took ${GC_SATURATED_SHARE * 100}% or more of the time`
    ],
    [signals.generatorFellBehind !== void 0, `load generator: ${signals.generatorFellBehind ?? ""}`],
    [signals.diverged, "network or load generator: the client saw latency the server did not"]
  ];
  const first = triage.find(([hit]) => hit)?.[1];
  const g2 = candidate.generator;
  return {
    targets: panelTargets,
    ...first ? { firstSaturated: first } : {},
    ...g2 && g2.wallSeconds > 0 ? {
      generator: {
        cpuShare: Number((g2.cpuSeconds / g2.wallSeconds / (g2.cpusAllowed ?? 1)).toFixed(4)),
        ...g2.cpusAllowed ? { cpusAllowed: g2.cpusAllowed } : {},
        ...g2.runQueueWaitShare !== void 0 ? { runQueueWaitShare: g2.runQueueWaitShare } : {}
      }
    } : {}
  };
}

// src/domain/load-model.ts
var OPEN = /* @__PURE__ */ new Set(["constant-arrival-rate", "ramping-arrival-rate"]);
var CLOSED = /* @__PURE__ */ new Set([
  "constant-vus",
  "ramping-vus",
  "per-vu-iterations",
  "shared-iterations",
  "externally-controlled"
]);
function executorOf(scenario) {
  return typeof scenario.executor === "string" ? scenario.executor : "constant-vus";
}
function loadModelOf(fingerprint) {
  const executors = Object.values(fingerprint.scenarios).map(executorOf);
  if (executors.length === 0) return "unknown";
  const open2 = executors.filter((e) => OPEN.has(e)).length;
  const closed = executors.filter((e) => CLOSED.has(e)).length;
  if (open2 === executors.length) return "open";
  if (closed === executors.length) return "closed";
  return open2 + closed === executors.length ? "mixed" : "unknown";
}
function executorsText(fingerprint) {
  return Object.entries(fingerprint.scenarios).map(([name, s]) => `${executorOf(s)} (${name})`).join(", ");
}
function vuBudgetOf(fingerprint) {
  let budget;
  for (const s of Object.values(fingerprint.scenarios)) {
    if (!OPEN.has(executorOf(s))) continue;
    const max = Number(s.maxVUs ?? s.preAllocatedVUs);
    if (Number.isFinite(max) && max > 0) budget = (budget ?? 0) + max;
  }
  return budget;
}

// src/domain/run-summary.ts
var RUN_SUMMARY_SCHEMA_VERSION = 1;
var toolOf = (run) => run.tool?.name ?? "k6";

// src/domain/compare/warmup.ts
var FACTOR = 1.5;
var MIN_WINDOW_SAMPLES = 5;
var MIN_WINDOWS = 2;
function detectWarmup(run, metric) {
  const all = run.series[0];
  if (!all) return void 0;
  const windows = all.windows.map((w) => ({ start: w.start, h: w.trends[metric] })).filter((w) => w.h !== void 0 && w.h.count >= MIN_WINDOW_SAMPLES).map((w) => ({ start: w.start, median: Histogram.fromJSON(w.h).quantile(0.5) })).filter((w) => w.median > 0);
  if (windows.length < 3 * MIN_WINDOWS) return void 0;
  const steady = median(windows.slice(Math.floor(windows.length / 3)).map((w) => w.median));
  const side = (m) => m > steady * FACTOR ? 1 : m < steady / FACTOR ? -1 : 0;
  const first = side(windows[0].median);
  if (first === 0) return void 0;
  let last = 0;
  let misses = 0;
  for (let i = 1; i < windows.length && misses <= 1; i++) {
    if (side(windows[i].median) === first) {
      last = i;
      misses = 0;
    } else misses++;
  }
  const count2 = last + 1;
  if (count2 < MIN_WINDOWS || count2 > windows.length / 3) return void 0;
  const runStart = Date.parse(run.run.start) / 1e3;
  const end = windows[last].start + run.windowSeconds;
  return {
    seconds: Math.max(1, Math.ceil(end - runStart)),
    ratio: median(windows.slice(0, count2).map((w) => w.median)) / steady,
    metric
  };
}

// src/domain/compare/notes.ts
var round = (x, digits = 2) => Number(x.toPrecision(digits));
function primaryLatencyMetric(run) {
  const trends = Object.keys(run.series[0]?.trends ?? {});
  if (trends.includes(HTTP_REQ_DURATION)) return HTTP_REQ_DURATION;
  return trends.find((m) => BUILTIN_METRICS[m]?.gated && BUILTIN_METRICS[m]?.role === "primary") ?? trends.find((m) => !(m in BUILTIN_METRICS));
}
function closedModelNote(candidate) {
  if (loadModelOf(candidate.fingerprint) !== "closed") return void 0;
  const all = candidate.series[0];
  const iterations = all?.counters[ITERATIONS] ?? 0;
  const rate = Math.max(1, Math.round(iterations / candidate.run.durationSeconds));
  const iterationDuration = all?.trends[ITERATION_DURATION];
  const iterationSeconds = iterationDuration ? Histogram.fromJSON(iterationDuration).quantile(0.95) / 1e3 : 1;
  const vus = Math.max(10, Math.ceil(rate * iterationSeconds * 2));
  return `This is a closed-model test (${executorsText(candidate.fingerprint)}): a slower service receives fewer requests, so throughput is gated, and the latency percentiles understate what users would wait (coordinated omission). An open-model version keeps the rate fixed whatever the latency: { executor: 'constant-arrival-rate', rate: ${rate}, timeUnit: '1s', duration: '${Math.round(candidate.run.durationSeconds)}s', preAllocatedVUs: ${vus}, maxVUs: ${vus * 2} }.`;
}
function warmupNote(candidate) {
  const { warmupSeconds } = candidate.run;
  if (warmupSeconds > 0) {
    const { excludedWarmup, samples } = candidate.ingest;
    const share = excludedWarmup / Math.max(1, excludedWarmup + samples);
    return `The warm-up setting left out the first ${warmupSeconds} s: ${excludedWarmup.toLocaleString("en-US")} samples, ${round(share * 100)}% of the run.`;
  }
  const metric = primaryLatencyMetric(candidate);
  const found = metric ? detectWarmup(candidate, metric) : void 0;
  if (!found) return void 0;
  const how = found.ratio > 1 ? `${round(found.ratio)}x slower` : `${round(1 / found.ratio)}x faster`;
  return `The first ${found.seconds} s were ${how} than the rest of the run (${found.metric} median per second): a warm-up (JIT, caches, connection pools). \`--warmup ${found.seconds}s\` (input \`warmup\`) would leave it out of the comparison.`;
}
function vuBudgetNote(candidate) {
  if (loadModelOf(candidate.fingerprint) !== "open") return void 0;
  const budget = vuBudgetOf(candidate.fingerprint);
  const peak = candidate.series[0]?.gauges[VUS];
  if (budget === void 0 || peak === void 0 || peak < budget) return void 0;
  return `The VUs reached the scenarios' budget (${peak} of ${budget} maxVUs): k6 had no VU free to start iterations on time, so this run partly measures the load generator. Raise maxVUs (about rate \xD7 p95 iteration time \xD7 2).`;
}
function thresholdsHint(history, candidate, config) {
  if (toolOf(candidate) !== "k6" || scriptThresholds(candidate).length > 0) return void 0;
  const baseline = history[0]?.series[0];
  const duration = baseline?.trends[HTTP_REQ_DURATION];
  if (!duration || duration.count === 0) return void 0;
  const p95 = Histogram.fromJSON(duration).quantile(0.95) * (1 + config.latencyTolerance);
  const failed = baseline.rates[HTTP_REQ_FAILED];
  const errorRate = failed && failed.total > 0 ? failed.passes / failed.total : 0;
  const limit = round(Math.max(0.01, errorRate + config.errorRateTolerance));
  return `The script has no thresholds. From the baseline, for example: thresholds: { http_req_duration: ['p(95)<${Math.ceil(p95)}'], http_req_failed: ['rate<${limit}'] } (a hint; perf-gate applies nothing).`;
}
function openGeneratorNote(candidate) {
  if (toolOf(candidate) !== "vegeta") return void 0;
  return "The runs were produced by vegeta, an open-model load generator: requests went out on schedule whatever the latency, so the latencies are free of coordinated omission.";
}
function pitfallNotes(history, candidate, config) {
  return [
    openGeneratorNote(candidate),
    closedModelNote(candidate),
    warmupNote(candidate),
    vuBudgetNote(candidate),
    thresholdsHint(history, candidate, config)
  ].filter((n) => n !== void 0);
}

// src/domain/report.ts
var REPORT_SCHEMA_VERSION = 2;

// src/domain/compare/gate-verdict.ts
var isAllTraffic3 = (c) => Object.keys(c.series).length === 0;
function pct5(x) {
  return `${x >= 0 ? "+" : ""}${(x * 100).toFixed(1)}%`;
}
function describeComparison(c) {
  const where = isAllTraffic3(c) ? "" : ` (${Object.values(c.series).join(" ")})`;
  const change = c.scale === "ratio" && c.ratio !== null ? pct5(c.ratio - 1) : `${((c.candidate - c.baseline) * 100).toFixed(2)} pp`;
  return `${c.metric} ${c.stat}${where} ${change}`;
}
function severity(c) {
  if (!c.interval) return 0;
  const [lo, hi] = c.interval;
  if (c.scale === "ratio") {
    const worse = c.direction === "higher-is-worse" ? Math.log(lo) : -Math.log(hi);
    return worse - Math.log(1 + c.tolerance);
  }
  return (c.direction === "higher-is-worse" ? lo : -hi) - c.tolerance;
}
function listComparisons(cs, max = 3) {
  const ordered = [...cs].sort(
    (a, b) => Number(isAllTraffic3(b)) - Number(isAllTraffic3(a)) || severity(b) - severity(a)
  );
  const named = ordered.slice(0, max).map(describeComparison).join(", ");
  return ordered.length > max ? `${named} and ${ordered.length - max} more` : named;
}
function thresholdText(failed) {
  return `k6's thresholds failed (${failed.map((t) => `${t.metric} ${t.expression}`).join(", ")})`;
}
function decideGate(comparisons, failedThresholds, mismatch, differences) {
  const regressions = comparisons.filter((c) => c.gated && c.verdict === "regression");
  const unsure = comparisons.filter(suspectedRegression);
  if (failedThresholds.length > 0) {
    const also = regressions.length > 0 && !mismatch ? `, and ${listComparisons(regressions)} regressed beyond tolerance` : "";
    return { verdict: "fail", reason: `${thresholdText(failedThresholds)}${also}.` };
  }
  if (mismatch) {
    return {
      verdict: "inconclusive",
      reason: `The workload differs from the baseline's (${differences.join("; ")}), so the runs are not comparable; rerun with --force to compare anyway, or store a new baseline.`
    };
  }
  if (regressions.length > 0)
    return {
      verdict: "fail",
      reason: `${listComparisons(regressions)} regressed beyond tolerance.`
    };
  if (unsure.length > 0) {
    return {
      verdict: "inconclusive",
      reason: `a regression is suspected but not established: ${listComparisons(unsure)}, beyond the tolerance but within the noise. More runs, longer runs or more A/B pairs would settle it.`
    };
  }
  const gated = comparisons.filter((c) => c.gated).length;
  if (gated === 0) return { verdict: "inconclusive", reason: nothingGatedReason(comparisons) };
  return {
    verdict: "pass",
    reason: `No gated statistic regressed beyond its tolerance (${gated} compared).`
  };
}
function nothingGatedReason(comparisons) {
  const fix = "A gate that judges nothing cannot pass: gate at least one statistic (drop it from report-only, or its `gate: false` rule).";
  if (comparisons.length === 0)
    return `no statistic was compared: this run and the baseline share no metric the gate compares. ${fix}`;
  const shown = comparisons.filter(isAllTraffic3);
  return `no gated statistic was compared: the ${comparisons.length} compared (${listComparisons(shown.length > 0 ? shown : comparisons)}) are reported only, by the report-only setting, \`gate: false\` rules, or because the metric is a diagnostic or has no known direction. ${fix}`;
}

// src/domain/compare/throughput.ts
var perWindow = {
  [HTTP_REQS]: (w) => w.requests,
  [ITERATIONS]: (w) => w.iterations
};
function eventRate(run, metric) {
  const all = run.series[0];
  if (!all) return void 0;
  const counts = all.windows.slice(1, -1).map(perWindow[metric]);
  const full = counts.every((c) => c !== void 0) ? counts.map((c) => c / run.windowSeconds) : [];
  const total = all.counters[metric] ?? 0;
  const perSecond = total / run.run.durationSeconds;
  if (!(perSecond > 0)) return void 0;
  return valueEstimate(perSecond, full);
}
function compareThroughput(baseline, candidate, gated, tolerance, config, candidateRuns = 1, metric = HTTP_REQS, noiseHistory = []) {
  const c = eventRate(candidate, metric);
  const perRun = baseline.map((r) => eventRate(r, metric)).filter((r) => r !== void 0);
  if (!c || perRun.length === 0) return void 0;
  const noiseRuns = noiseHistory.map((r) => eventRate(r, metric)).filter((r) => r !== void 0);
  const estimate = ratioToRunMean(c, perRun, candidateRuns, config, noiseRuns);
  if (!estimate) return void 0;
  const { interval, baseline: b } = estimate;
  const direction = metricMeaning(metric, void 0, []).direction ?? "unknown";
  return {
    metric,
    stat: "throughput",
    series: {},
    baseline: b,
    candidate: c.value,
    ratio: c.value / b,
    scale: "ratio",
    interval,
    tolerance,
    direction,
    verdict: classify(interval, tolerance, "ratio", direction),
    gated,
    method: `per-window ${metric === HTTP_REQS ? "request" : "iteration"} counts, batch means`,
    samples: {
      baseline: baseline.reduce((s, r) => s + (r.series[0]?.counters[metric] ?? 0), 0),
      candidate: candidate.series[0]?.counters[metric] ?? 0
    },
    ...ratioEvidence(estimate, tolerance, direction)
  };
}

// src/domain/compare/server-pairing.ts
function targetRole(t) {
  return t.name ?? t.target;
}
function partner(target, candidateTargets, runTargets) {
  if (candidateTargets.length === 1 && runTargets.length === 1) return runTargets[0];
  if (target.name !== void 0) return runTargets.find((t) => t.name === target.name);
  return runTargets.find((t) => t.name === void 0 && t.target === target.target);
}
function pairServerTargets(history, candidate) {
  const mine = candidate.server?.targets ?? [];
  const theirs = history.map((run) => run.server?.targets ?? []);
  const pairs2 = mine.map((target) => ({
    candidate: target,
    baseline: theirs.map((targets) => partner(target, mine, targets)),
    role: targetRole(target)
  }));
  const warnings = [];
  const paired = /* @__PURE__ */ new Set();
  for (const p of pairs2) {
    for (const b of p.baseline) if (b) paired.add(b);
    if (theirs.some((ts) => ts.length > 0) && p.baseline.every((b) => b === void 0))
      warnings.push(
        `server metrics ${describe(p.candidate)}: no baseline run scraped a target of that ${p.candidate.name !== void 0 ? "name" : "URL"}, so its CPU per request is not compared; name each target (server-metrics: name=url) to pair them across runs`
      );
  }
  if (mine.length > 0) {
    const orphans = /* @__PURE__ */ new Map();
    for (const ts of theirs) for (const t of ts) if (!paired.has(t)) orphans.set(targetRole(t), t);
    for (const t of orphans.values())
      warnings.push(
        `server metrics ${describe(t)}: scraped in the baseline but not paired with any of this run's targets; name each target (server-metrics: name=url) to pair them across runs`
      );
  }
  return { pairs: pairs2, warnings };
}
function describe(t) {
  return t.name !== void 0 ? `"${t.name}" (${t.target})` : t.target;
}

// src/domain/compare/server-efficiency.ts
var CPU_PER_REQUEST_TOLERANCE = 0.2;
function cpuPerRequest(target, windowSeconds) {
  const windows = target.windows.filter((w) => w.counters[PROCESS_CPU_SECONDS] !== void 0);
  const cpu = windows.reduce((s, w) => s + (w.counters[PROCESS_CPU_SECONDS] ?? 0), 0);
  const requests2 = windows.reduce((s, w) => s + w.requests, 0);
  if (!(requests2 > 0) || !(cpu > 0)) return void 0;
  const value = cpu / requests2;
  const per = Math.max(1, Math.ceil(target.intervalSeconds / windowSeconds));
  const batches = [];
  for (let i = 0; i + per <= windows.length; i += per) {
    const group = windows.slice(i, i + per);
    const r = group.reduce((s, w) => s + w.requests, 0);
    if (r > 0) batches.push(group.reduce((s, w) => s + (w.counters[PROCESS_CPU_SECONDS] ?? 0), 0) / r);
  }
  return valueEstimate(value, batches);
}
function compareServerEfficiency(history, candidate, config, candidateRuns = 1, noiseHistory = []) {
  const out = [];
  const meaning = metricMeaning(SERVER_CPU_PER_REQUEST, void 0, []);
  const direction = meaning.direction ?? "unknown";
  const { pairs: pairs2 } = pairServerTargets(history, candidate);
  const noisePairs = pairServerTargets(noiseHistory, candidate).pairs;
  for (const [k, { candidate: target, baseline, role }] of pairs2.entries()) {
    const c = cpuPerRequest(target, candidate.windowSeconds);
    const perRun = baseline.map((t, i) => t ? cpuPerRequest(t, history[i].windowSeconds) : void 0).filter((r) => r !== void 0);
    if (!c || perRun.length === 0) continue;
    const series2 = pairs2.length > 1 ? { server: role } : {};
    const rule = ruleFor(
      config,
      SERVER_CPU_PER_REQUEST,
      "mean",
      {
        gated: meaning.gated,
        tolerance: CPU_PER_REQUEST_TOLERANCE
      },
      series2
    );
    const noiseRuns = (noisePairs[k]?.baseline ?? []).map((t, i) => t ? cpuPerRequest(t, noiseHistory[i].windowSeconds) : void 0).filter((r) => r !== void 0);
    const estimate = ratioToRunMean(c, perRun, candidateRuns, config, noiseRuns);
    if (!estimate) continue;
    const { interval, baseline: b } = estimate;
    out.push({
      metric: SERVER_CPU_PER_REQUEST,
      stat: "mean",
      series: series2,
      baseline: b,
      candidate: c.value,
      ratio: c.value / b,
      scale: "ratio",
      interval,
      tolerance: rule.tolerance,
      direction,
      verdict: classify(interval, rule.tolerance, "ratio", direction),
      gated: rule.gated,
      method: `${PROCESS_CPU_SECONDS} per client request, window batch means`,
      samples: {
        baseline: baseline.reduce((s, t) => s + (t?.windows.length ?? 0), 0),
        candidate: target.windows.length
      },
      ...ratioEvidence(estimate, rule.tolerance, direction)
    });
  }
  return out;
}

// src/domain/compare/saturation.ts
var GENERATOR_CPU_SATURATED = 0.9;
var GENERATOR_WAIT_SATURATED = 0.3;
var GENERATOR_WAIT_MARGIN = 0.1;
function waitPhrase(run) {
  const w = run.generator?.runQueueWaitShare;
  return w !== void 0 && w >= GENERATOR_WAIT_SATURATED ? `k6 waited for a CPU ${(w * 100).toFixed(0)}% of the time it was ready to run` : void 0;
}
function cpuPhrase(run) {
  const g2 = run.generator;
  if (!g2 || !(g2.wallSeconds > 0) || !g2.cpusAllowed) return void 0;
  const share = g2.cpuSeconds / g2.wallSeconds / g2.cpusAllowed;
  return share >= GENERATOR_CPU_SATURATED ? `k6 used ${(share * 100).toFixed(0)}% of the ${g2.cpusAllowed} CPU(s) it may run on` : void 0;
}
function generatorStarvation(run, history = []) {
  const reasons = [];
  const g2 = run.generator;
  if (g2 && g2.wallSeconds > 0) {
    const cpu = cpuPhrase(run);
    if (cpu) reasons.push(cpu);
    const before = history.map((r) => r.generator?.runQueueWaitShare).filter((w) => w !== void 0);
    const baselineWait = before.length ? before.reduce((s, w) => s + w, 0) / before.length : void 0;
    const phrase = waitPhrase(run);
    if (phrase && (baselineWait === void 0 || g2.runQueueWaitShare >= baselineWait + GENERATOR_WAIT_MARGIN))
      reasons.push(phrase);
  }
  return reasons;
}
function generatorWaitPerRequestMs(run) {
  const g2 = run.generator;
  const w = g2?.runQueueWaitShare;
  const all = run.series[0];
  const requests2 = all?.counters[HTTP_REQS] || all?.counters[ITERATIONS] || 0;
  if (!g2 || w === void 0 || w >= 1 || !(requests2 > 0)) return void 0;
  return g2.cpuSeconds * w / (1 - w) * 1e3 / requests2;
}
function extraWaitPerRequestMs(run, history) {
  const own = generatorWaitPerRequestMs(run);
  if (own === void 0) return void 0;
  const before = history.map(generatorWaitPerRequestMs).filter((x) => x !== void 0);
  const base = before.length > 0 ? before.reduce((a, b) => a + b, 0) / before.length : 0;
  return Math.max(0, own - base);
}
var WAIT_EXPLAINS = 2;
function generatorFellBehind(comparisons, history, candidate) {
  const dropped = candidate.series[0]?.counters[DROPPED_ITERATIONS] ?? 0;
  if (dropped > 0) return `k6 dropped ${dropped} iterations`;
  const cpu = cpuPhrase(candidate);
  if (cpu) return cpu;
  const extraWait = extraWaitPerRequestMs(candidate, history);
  if (extraWait === void 0 || !(extraWait > 0) || waitPhrase(candidate) === void 0) return void 0;
  const explained = comparisons.find(
    (c) => isRequestLatency(c.metric) && Object.keys(c.series).length === 0 && c.candidate !== null && c.baseline !== null && c.candidate > c.baseline && (c.verdict === "regression" || estimateBeyondTolerance(c)) && c.candidate - c.baseline <= WAIT_EXPLAINS * extraWait
  );
  return explained ? `k6 waited about ${extraWait.toFixed(1)} ms more per request for a CPU than in the baseline runs, enough to explain +${(explained.candidate - explained.baseline).toFixed(1)} ms on ${explained.metric} ${explained.stat}` : void 0;
}
function generatorBudgetReached(run) {
  const reasons = [];
  const all = run.series[0];
  const dropped = all?.counters[DROPPED_ITERATIONS] ?? 0;
  if (dropped > 0) reasons.push(`k6 dropped ${dropped} iterations`);
  const maxVUs = Object.values(run.fingerprint.scenarios).reduce(
    (s, sc) => s + (typeof sc.maxVUs === "number" ? sc.maxVUs : 0),
    0
  );
  const vus = all?.gauges[VUS];
  if (maxVUs > 0 && vus !== void 0 && vus >= maxVUs) reasons.push(`VUs reached maxVUs (${maxVUs})`);
  return reasons;
}
function serverLatencyQuantile(routes, key) {
  const byMetric = /* @__PURE__ */ new Map();
  for (const r of routes) byMetric.set(r.metric, [...byMetric.get(r.metric) ?? [], r]);
  const [first] = [...byMetric.values()].sort((a, b) => b.length - a.length);
  if (!first) return void 0;
  const sums = /* @__PURE__ */ new Map();
  for (const r of first)
    for (const [le, c] of r.buckets) {
      const bound = le ?? Infinity;
      sums.set(bound, (sums.get(bound) ?? 0) + c);
    }
  const buckets = [...sums.entries()].sort((a, b) => a[0] - b[0]);
  const total = buckets.at(-1)?.[1] ?? 0;
  if (!(total > 0)) return void 0;
  const rank = { p50: 0.5, p95: 0.95, p99: 0.99 }[key] * total;
  let prevBound = 0;
  let prevCum = 0;
  for (const [bound, cum] of buckets) {
    if (cum >= rank && cum > prevCum) {
      if (bound === Infinity) return prevBound;
      return prevBound + (bound - prevBound) * (rank - prevCum) / (cum - prevCum);
    }
    prevBound = bound;
    prevCum = cum;
  }
  return void 0;
}
function serverLatencyChange(history, candidate, stat2) {
  if (stat2 !== "p50" && stat2 !== "p95" && stat2 !== "p99") return void 0;
  const c = serverLatencyQuantile(candidate.server?.targets[0]?.routes ?? [], stat2);
  const base = history.find((r) => r.server?.targets[0]?.routes.length);
  const b = base ? serverLatencyQuantile(base.server?.targets[0]?.routes ?? [], stat2) : void 0;
  if (c === void 0 || b === void 0 || !(b > 0)) return void 0;
  return c / b - 1;
}
var pct6 = (x) => `${x >= 0 ? "+" : ""}${(x * 100).toFixed(0)}%`;
var serverCpu = (comparisons) => comparisons.find((c) => c.metric === SERVER_CPU_PER_REQUEST && Object.keys(c.series).length === 0);
function saturationReasons(comparisons, history, candidate) {
  const starved = generatorStarvation(candidate, history);
  return starved.length > 0 || budgetExplains(comparisons, candidate) ? [...starved, ...generatorBudgetReached(candidate)] : [];
}
function budgetExplains(comparisons, candidate) {
  const cpu = serverCpu(comparisons);
  const cpuNotWorse = cpu !== void 0 && cpu.verdict !== "regression" && !estimateBeyondTolerance(cpu);
  return cpuNotWorse && generatorBudgetReached(candidate).length > 0;
}
function guardClientRegressions(comparisons, history, candidate, latencyTolerance) {
  const reasons = [];
  const cpu = serverCpu(comparisons);
  const cpuAgrees = cpu !== void 0 && (cpu.verdict === "unchanged" || cpu.verdict === "improvement");
  const saturation = saturationReasons(comparisons, history, candidate);
  const starvedOnly = saturation.length > 0 && !budgetExplains(comparisons, candidate);
  const extraWait = extraWaitPerRequestMs(candidate, history);
  const suspect = (c) => isClientSide(c.metric) && c.gated && c.verdict === "regression";
  const inconclusive = (c, note2) => {
    if (!reasons.includes(note2)) reasons.push(note2);
    return { ...c, verdict: "inconclusive", note: note2 };
  };
  if (saturation.length > 0) {
    const note2 = `the load generator was saturated (${saturation.join("; ")}): this is not the service's regression`;
    const tooLarge = (c) => starvedOnly && extraWait !== void 0 && candidate.metrics[c.metric]?.contains === "time" && c.candidate !== null && c.baseline !== null && c.candidate - c.baseline > WAIT_EXPLAINS * extraWait;
    const out2 = comparisons.map((c) => {
      if (!suspect(c)) return c;
      if (!tooLarge(c)) return inconclusive(c, note2);
      const stands = `k6 was short of CPU (${saturation.join("; ")}), but it waited about ${extraWait.toFixed(1)} ms more per request than in the baseline runs: too little to explain +${(c.candidate - c.baseline).toFixed(1)} ms on ${c.metric} ${c.stat}, so the regression is the service's`;
      if (!reasons.some((r) => r.startsWith("k6 was short of CPU"))) reasons.push(stands);
      return c;
    });
    return { comparisons: out2, reasons };
  }
  const busy = waitPhrase(candidate);
  const droppedByStarvedGenerator = (c) => busy !== void 0 && suspect(c) && c.metric === DROPPED_ITERATIONS;
  const droppedNote = `k6 dropped iterations while it was starved (${busy ?? ""}): the drops may be the load generator's own, not the service's`;
  const guarded = comparisons.map((c) => droppedByStarvedGenerator(c) ? inconclusive(c, droppedNote) : c);
  let divergence;
  for (const c of guarded) {
    if (divergence || !cpuAgrees || !suspect(c) || !isRequestLatency(c.metric)) continue;
    if (Object.keys(c.series).length > 0 || c.ratio === null) continue;
    const server = serverLatencyChange(history, candidate, c.stat);
    if (server === void 0 || server > latencyTolerance) continue;
    divergence = `the client saw ${pct6(c.ratio - 1)} (${c.metric} ${c.stat}) that the server did not (server ${c.stat} ${pct6(server)}, CPU per request ${pct6((cpu?.ratio ?? 1) - 1)}): suspect the network or the load generator${busy ? ` (the load generator was saturated: ${busy})` : ""}`;
  }
  const note = divergence;
  const out = note ? guarded.map((c) => suspect(c) && c.stat !== "throughput" ? inconclusive(c, note) : c) : guarded;
  return { comparisons: out, reasons };
}

// src/domain/compare/fingerprint.ts
function k6Major(run) {
  const m = /^v?(\d+)\./.exec(run.k6?.version ?? "");
  return m ? Number(m[1]) : void 0;
}
function show(value) {
  return value === void 0 ? "absent" : JSON.stringify(value);
}
function fingerprintDifferences(baseline, candidate) {
  const a = baseline.fingerprint.scenarios;
  const b = candidate.fingerprint.scenarios;
  const out = [];
  if (toolOf(baseline) !== toolOf(candidate))
    out.push(`load generator ${toolOf(baseline)} -> ${toolOf(candidate)}`);
  const before = k6Major(baseline);
  const after = k6Major(candidate);
  if (before !== void 0 && after !== void 0 && before !== after)
    out.push(`k6 major version ${before} -> ${after} (${baseline.k6.version} -> ${candidate.k6.version})`);
  for (const name of Object.keys(a)) if (!(name in b)) out.push(`scenario ${name} was removed`);
  for (const name of Object.keys(b)) if (!(name in a)) out.push(`scenario ${name} was added`);
  for (const name of Object.keys(a)) {
    const before2 = a[name];
    const after2 = b[name];
    if (!before2 || !after2) continue;
    for (const field of /* @__PURE__ */ new Set([...Object.keys(before2), ...Object.keys(after2)])) {
      if (JSON.stringify(before2[field]) !== JSON.stringify(after2[field]))
        out.push(`scenario ${name}: ${field} ${show(before2[field])} -> ${show(after2[field])}`);
    }
  }
  return out;
}
function workloadsDiffer(baseline, candidate) {
  const scenariosDiffer = baseline.fingerprint.hash !== candidate.fingerprint.hash && Object.keys(baseline.fingerprint.scenarios).length > 0 && Object.keys(candidate.fingerprint.scenarios).length > 0;
  const before = k6Major(baseline);
  const after = k6Major(candidate);
  if (toolOf(baseline) !== toolOf(candidate)) return true;
  return scenariosDiffer || before !== void 0 && after !== void 0 && before !== after;
}

// src/domain/compare/index.ts
var keyId = (key) => JSON.stringify(Object.entries(key).sort());
function allComparisons(history, candidate, config, candidateRuns, noiseHistory) {
  const comparisons = [];
  const ctx = seriesContext(candidate, config, candidateRuns);
  const index = (runs2) => runs2.map((run) => new Map(run.series.map((s) => [keyId(s.key), s])));
  const matching = (runs2, key) => runs2.map((m) => m.get(keyId(key))).filter((s) => s !== void 0);
  const baselineIndex = index(history);
  const noiseIndex = index(noiseHistory);
  for (const series2 of candidate.series) {
    const matches2 = matching(baselineIndex, series2.key);
    if (matches2.length === 0) continue;
    comparisons.push(
      ...seriesComparisons(series2.key, series2, matches2, ctx, matching(noiseIndex, series2.key))
    );
  }
  const closed = loadModelOf(candidate.fingerprint) === "closed";
  for (const metric of [HTTP_REQS, ITERATIONS]) {
    const rule = ruleFor(config, metric, "throughput", {
      gated: closed || metricMeaning(metric, void 0, []).gated,
      tolerance: config.throughputTolerance
    });
    const throughput = compareThroughput(
      history,
      candidate,
      rule.gated,
      rule.tolerance,
      config,
      candidateRuns,
      metric,
      noiseHistory
    );
    if (throughput) comparisons.push(throughput);
  }
  const droppedComparison = droppedIterations(
    history,
    candidate,
    config,
    loadModelOf(candidate.fingerprint) === "open"
  );
  if (droppedComparison) comparisons.push(droppedComparison);
  comparisons.push(...compareServerEfficiency(history, candidate, config, candidateRuns, noiseHistory));
  return comparisons;
}
function fellBehind(comparisons, history, candidate) {
  const evidence = generatorFellBehind(comparisons, history, candidate);
  return evidence === void 0 ? {} : { generatorFellBehind: evidence };
}
function compareRuns(history, candidate, config, options = {}) {
  const noiseHistory = (options.noiseHistory?.length ?? 0) >= 2 ? [...options.noiseHistory].sort((a, b) => a.run.start.localeCompare(b.run.start)) : [];
  const candidateRuns = options.candidateRuns ?? 1;
  const looks = options.looks ?? 1;
  const failedThresholds = candidate.thresholds.filter((t) => !t.ok);
  const warnings = [...candidate.warnings];
  const dropped = candidate.series[0]?.counters[DROPPED_ITERATIONS] ?? 0;
  if (dropped > 0) {
    warnings.push(
      `k6 dropped ${dropped} iterations: the load generator could not keep up (raise preAllocatedVUs/maxVUs); latency may be under-reported`
    );
  }
  const notes = pitfallNotes(history, candidate, config);
  warnings.push(...pairServerTargets(history, candidate).warnings);
  const health = orderedFindings([
    ...runHealth(candidate, history[0]),
    ...options.baselineIsFresh && history[0] ? runHealth(history[0]).map((f2) => ({ ...f2, what: `the baseline arm: ${f2.what}` })) : []
  ]);
  const broken = brokenFindings(health);
  const base = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    thresholds: candidate.thresholds,
    candidate: {
      commit: candidate.git?.commit,
      ref: candidate.git?.ref,
      start: candidate.run.start,
      durationSeconds: candidate.run.durationSeconds,
      k6Version: candidate.k6.version,
      ...candidate.tool ? { tool: candidate.tool.name } : {}
    },
    settings: {
      confidence: config.confidence,
      inconclusivePolicy: config.inconclusivePolicy,
      noiseRuns: noiseHistory.length > 0 ? noiseHistory.length : history.length >= 2 ? history.length : 0,
      candidateRuns,
      ...looks > 1 ? {
        looks,
        maxRuns: options.maxRuns ?? looks,
        rerun: options.rerun ?? DEFAULT_RERUN_POLICY,
        regressionConfidence: perLookConfig(config, looks).confidence
      } : {}
    },
    warnings,
    ...health.length > 0 ? { health } : {},
    ...notes.length > 0 ? { notes } : {}
  };
  if (history.length === 0) {
    const panel2 = saturationPanel(candidate, history, {
      cpuRegressed: false,
      ...fellBehind([], history, candidate),
      diverged: false
    });
    return {
      ...base,
      ...panel2 ? { saturation: panel2 } : {},
      verdict: failedThresholds.length > 0 || broken.length > 0 ? "fail" : "no-baseline",
      reason: broken.length > 0 ? `${brokenReason(health)} There is no baseline yet, and this run cannot become one.` : failedThresholds.length > 0 ? `${thresholdText(failedThresholds)}; there is no baseline to compare with yet.` : "There is no baseline yet: this run can become the first one.",
      comparisons: [],
      baseline: null,
      fingerprint: { match: true, forced: false, differences: [] }
    };
  }
  const newest2 = history[0];
  const differences = fingerprintDifferences(newest2, candidate);
  const workloadDiffers = workloadsDiffer(newest2, candidate);
  if (!workloadDiffers && newest2.fingerprint.scriptHash && candidate.fingerprint.scriptHash && newest2.fingerprint.scriptHash !== candidate.fingerprint.scriptHash) {
    warnings.push(
      "the script changed since the baseline (same workload): differences may come from the script itself"
    );
  }
  const mismatch = workloadDiffers && !config.forceFingerprint;
  const compared = looks > 1 ? lookAdjusted(
    allComparisons(history, candidate, config, candidateRuns, noiseHistory),
    allComparisons(history, candidate, perLookConfig(config, looks), candidateRuns, noiseHistory)
  ) : allComparisons(history, candidate, config, candidateRuns, noiseHistory);
  const refined = options.refine ? compared.map(options.refine) : compared;
  const guarded = guardClientRegressions(refined, history, candidate, config.latencyTolerance);
  const comparisons = controlFamily(guarded.comparisons, {
    alpha: 1 - config.confidence,
    regressionAlpha: 1 - perLookConfig(config, looks).confidence
  });
  const saturation = saturationReasons(refined, history, candidate);
  if (saturation.length > 0 && !guarded.reasons.some((r) => r.startsWith("the load generator")))
    warnings.push(
      `the load generator was saturated (${saturation.join("; ")}); its latencies include its own queueing`
    );
  for (const r of guarded.reasons) warnings.push(r);
  for (const c of comparisons) {
    const detectable = detectableChange(c);
    if (detectable !== void 0) c.detectable = detectable;
    if (isAllTrafficKey(c.series) && c.verdict === "inconclusive" && c.direction !== "unknown" && estimateBeyondTolerance(c))
      c.suspected = true;
    c.unit = comparisonUnit(c.metric, candidate.metrics[c.metric], c.stat, c.scale);
  }
  const statRank = (s) => s.startsWith("p") ? Number(s.slice(1)) : 1e3;
  comparisons.sort(
    (a, b) => Number(b.gated) - Number(a.gated) || Number(isAllTrafficKey(b.series)) - Number(isAllTrafficKey(a.series)) || metricRank(a.metric) - metricRank(b.metric) || a.metric.localeCompare(b.metric) || keyId(a.series).localeCompare(keyId(b.series)) || statRank(a.stat) - statRank(b.stat)
  );
  const resolution = reportResolution(comparisons, perLookConfig(config, looks).confidence);
  const decided = decideGate(comparisons, failedThresholds, mismatch, differences);
  const verdict = broken.length > 0 ? "fail" : decided.verdict;
  const judged = decided.verdict === "inconclusive" && !mismatch && guarded.reasons.length > 0 ? `${guarded.reasons.join("; ")}.` : decided.reason;
  const reason = broken.length === 0 ? judged : decided.verdict === "pass" ? brokenReason(health) : `${brokenReason(health)} ${judged}`;
  const panel = saturationPanel(candidate, history, {
    cpuRegressed: comparisons.some((c) => c.metric === SERVER_CPU_PER_REQUEST && c.verdict === "regression"),
    ...fellBehind(comparisons, history, candidate),
    diverged: guarded.reasons.some((r) => r.startsWith("the client saw"))
  });
  return {
    ...base,
    verdict,
    reason,
    comparisons,
    ...resolution ? { resolution } : {},
    ...panel ? { saturation: panel } : {},
    baseline: {
      commit: newest2.git?.commit,
      ref: newest2.git?.ref,
      start: newest2.run.start,
      ...options.provenance,
      runs: options.provenance?.runs ?? history.length
    },
    fingerprint: { match: !workloadDiffers, forced: workloadDiffers && config.forceFingerprint, differences }
  };
}

// src/domain/outcome.ts
function outcomeOf(report, policy = {}) {
  const annotations = [];
  const refreshRegression = policy.refresh === true && report.verdict === "fail" && report.thresholds.every((t) => t.ok) && brokenFindings(report.health).length === 0;
  if (refreshRegression)
    annotations.push({
      level: "warning",
      message: `the default branch regressed against its previous baseline (${report.reason}) This run is stored as the new baseline; the job does not fail on the default branch. Look at the change that was just merged.`
    });
  if (report.verdict === "inconclusive")
    annotations.push({ level: "warning", message: `perf-gate is inconclusive: ${report.reason}` });
  const failed = report.verdict === "fail" && !refreshRegression || report.verdict === "inconclusive" && report.settings.inconclusivePolicy === "fail" || report.verdict === "no-baseline" && policy.onMissingBaseline === "fail";
  if (failed) annotations.push({ level: "error", message: `perf-gate: ${report.verdict}. ${report.reason}` });
  return { exitCode: failed ? 1 : 0, failed, annotations };
}
var failedItsThresholds = (summary) => summary.thresholds.some((t) => !t.ok);
function saveDecision(facts2) {
  const { policy, storedRuns, thresholdsFailed, acceptFailedThresholds } = facts2;
  const broken = brokenFindings(facts2.health);
  if (broken.length > 0 && storedRuns === 0) return { save: false, refuse: broken };
  if (policy === "never") return { save: false };
  if (policy === "auto" && storedRuns > 0) return { save: false };
  if (broken.length > 0)
    return {
      save: false,
      note: "this run is broken (see its health findings), so it was not stored as a baseline"
    };
  if (!thresholdsFailed) return { save: true };
  if (acceptFailedThresholds)
    return {
      save: true,
      note: "storing a baseline whose run failed k6's own thresholds (baseline-failed-thresholds is set)"
    };
  return {
    save: false,
    note: `this run failed k6's own thresholds, so it was not stored as ${policy === "auto" ? "the first baseline" : "a baseline"} (baseline-failed-thresholds stores such runs)`
  };
}

// src/domain/series-accumulator.ts
var WINDOW_ALPHA = 0.01;
var WindowAccumulator = class {
  requests = 0;
  failed = 0;
  iterations = 0;
  trends = /* @__PURE__ */ new Map();
  rates = /* @__PURE__ */ new Map();
  merge(other) {
    this.requests += other.requests;
    this.failed += other.failed;
    this.iterations += other.iterations;
    for (const [m, h] of other.trends) histogramIn(this.trends, m, h.alpha).merge(h);
    for (const [m, r] of other.rates) addRate(this.rates, m, r);
  }
};
var SeriesAccumulator = class _SeriesAccumulator {
  constructor(key) {
    this.key = key;
  }
  key;
  trends = /* @__PURE__ */ new Map();
  failedTrends = /* @__PURE__ */ new Map();
  rates = /* @__PURE__ */ new Map();
  counters = /* @__PURE__ */ new Map();
  gauges = /* @__PURE__ */ new Map();
  windows = /* @__PURE__ */ new Map();
  pooled = false;
  requests() {
    return this.counters.get(HTTP_REQS) ?? 0;
  }
  window(start) {
    let window = this.windows.get(start);
    if (window === void 0) {
      window = new WindowAccumulator();
      this.windows.set(start, window);
    }
    return window;
  }
  add(metric, value, routing, windowStart) {
    const window = this.window(windowStart);
    switch (routing.type) {
      case "trend":
        histogramIn(routing.failedRequest ? this.failedTrends : this.trends, metric).add(value);
        if (!routing.failedRequest && routing.windowed)
          histogramIn(window.trends, metric, WINDOW_ALPHA).add(value);
        break;
      case "rate": {
        const hit = value !== 0 ? 1 : 0;
        addRate(this.rates, metric, { passes: hit, total: 1 });
        addRate(window.rates, metric, { passes: hit, total: 1 });
        if (routing.failures) window.failed += hit;
        break;
      }
      case "counter":
        this.counters.set(metric, (this.counters.get(metric) ?? 0) + value);
        if (routing.requests) window.requests += value;
        else if (routing.iterations) window.iterations += value;
        break;
      case "gauge":
        this.gauges.set(metric, Math.max(this.gauges.get(metric) ?? -Infinity, value));
        break;
    }
  }
  /** Re-buckets the windows into windows of `seconds` (a multiple of the current length), aligned to absolute time. */
  coalesce(seconds) {
    const old = [...this.windows.entries()];
    this.windows.clear();
    for (const [start, w] of old) this.window(Math.floor(start / seconds) * seconds).merge(w);
    return this;
  }
  /** Adds another accumulator of the same series: histograms and counts add, gauges take the maximum. */
  merge(other) {
    for (const [m, h] of other.trends) histogramIn(this.trends, m, h.alpha).merge(h);
    for (const [m, h] of other.failedTrends) histogramIn(this.failedTrends, m, h.alpha).merge(h);
    for (const [m, r] of other.rates) addRate(this.rates, m, r);
    for (const [m, v] of other.counters) this.counters.set(m, (this.counters.get(m) ?? 0) + v);
    for (const [m, v] of other.gauges) this.gauges.set(m, Math.max(this.gauges.get(m) ?? -Infinity, v));
    for (const [start, w] of other.windows) this.window(start).merge(w);
    this.pooled ||= other.pooled;
    return this;
  }
  toJSON() {
    return {
      key: this.key,
      ...this.pooled ? { pooled: true } : {},
      trends: mapToObject(this.trends, (h) => h.toJSON()),
      failedTrends: mapToObject(this.failedTrends, (h) => h.toJSON()),
      rates: mapToObject(this.rates, (r) => ({ ...r })),
      counters: mapToObject(this.counters, (v) => v),
      gauges: mapToObject(this.gauges, (v) => v),
      windows: [...this.windows.entries()].sort((a, b) => a[0] - b[0]).map(([start, w]) => ({
        start,
        requests: w.requests,
        failed: w.failed,
        ...w.iterations > 0 ? { iterations: w.iterations } : {},
        trends: mapToObject(w.trends, (h) => h.toJSON()),
        rates: mapToObject(w.rates, (r) => ({ ...r }))
      }))
    };
  }
  static fromJSON(series2) {
    const acc = new _SeriesAccumulator(series2.key);
    acc.pooled = series2.pooled === true;
    for (const [m, h] of Object.entries(series2.trends)) acc.trends.set(m, Histogram.fromJSON(h));
    for (const [m, h] of Object.entries(series2.failedTrends)) acc.failedTrends.set(m, Histogram.fromJSON(h));
    for (const [m, r] of Object.entries(series2.rates)) acc.rates.set(m, { ...r });
    for (const [m, v] of Object.entries(series2.counters)) acc.counters.set(m, v);
    for (const [m, v] of Object.entries(series2.gauges)) acc.gauges.set(m, v);
    for (const w of series2.windows) {
      const window = acc.window(w.start);
      window.requests += w.requests;
      window.failed += w.failed;
      window.iterations += w.iterations ?? 0;
      for (const [m, h] of Object.entries(w.trends)) window.trends.set(m, Histogram.fromJSON(h));
      for (const [m, r] of Object.entries(w.rates)) window.rates.set(m, { ...r });
    }
    return acc;
  }
};
function histogramIn(map, metric, alpha) {
  let h = map.get(metric);
  if (h === void 0) {
    h = new Histogram(alpha);
    map.set(metric, h);
  }
  return h;
}
function addRate(map, metric, add) {
  const r = map.get(metric);
  if (r) {
    r.passes += add.passes;
    r.total += add.total;
  } else map.set(metric, { ...add });
}
function mapToObject(map, f2) {
  const out = {};
  for (const k of [...map.keys()].sort()) out[k] = f2(map.get(k));
  return out;
}

// src/domain/server-merge.ts
function recompute(t, windowSeconds) {
  const cpu = t.windows.reduce((s, w) => s + (w.counters[PROCESS_CPU_SECONDS] ?? 0), 0);
  const requests2 = t.windows.reduce((s, w) => s + w.requests, 0);
  const hasCpu = t.windows.some((w) => w.counters[PROCESS_CPU_SECONDS] !== void 0);
  const efficiency = { ...t.efficiency };
  if (hasCpu) {
    if (requests2 > 0) efficiency.cpuSecondsPerRequest = cpu / requests2;
    if (t.windows.length > 0) efficiency.coresUsed = cpu / (t.windows.length * windowSeconds);
  }
  return { ...t, efficiency };
}
function mergeShardServers(sections, mergedWindows, windowSeconds) {
  const present = sections.filter((s) => s !== void 0);
  if (present.length === 0) return void 0;
  const byStart = new Map(mergedWindows.map((w) => [w.start, w.requests]));
  const best = /* @__PURE__ */ new Map();
  for (const s of present)
    for (const t of s.targets) {
      const mine = best.get(t.target);
      if (!mine || t.windows.length > mine.windows.length) best.set(t.target, t);
    }
  const targets = [...best.values()].map(
    (t) => recompute(
      {
        ...t,
        // Shards may have coalesced to longer windows: only windows whose start the merged client has are kept.
        windows: t.windows.filter((w) => byStart.has(w.start)).map((w) => ({ ...w, requests: byStart.get(w.start) }))
      },
      windowSeconds
    )
  );
  return { schemaVersion: 1, targets };
}
function poolServerSections(sections, windowSeconds) {
  const present = sections.filter((s) => s !== void 0);
  if (present.length === 0) return void 0;
  const pooled = /* @__PURE__ */ new Map();
  for (const s of present)
    for (const t of s.targets) {
      const mine = pooled.get(t.target);
      if (!mine) {
        pooled.set(t.target, { target: structuredClone(t), runs: 1 });
        continue;
      }
      const m = mine.target;
      mine.runs++;
      m.scrapes += t.scrapes;
      m.failures += t.failures;
      if (t.lastError) m.lastError = t.lastError;
      m.windows = [...m.windows, ...t.windows].sort((a, b) => a.start - b.start);
      for (const [k, v] of Object.entries(t.counters)) m.counters[k] = (m.counters[k] ?? 0) + v;
      for (const [k, g2] of Object.entries(t.gauges)) {
        const was = m.gauges[k];
        m.gauges[k] = was ? {
          mean: was.mean + (g2.mean - was.mean) / mine.runs,
          max: Math.max(was.max, g2.max),
          first: was.first,
          last: g2.last
        } : g2;
      }
      if (t.routes.length > 0) m.routes = t.routes;
      const e = t.efficiency;
      m.efficiency = {
        ...m.efficiency,
        ...e.memoryGrowthBytes !== void 0 ? { memoryGrowthBytes: Math.max(m.efficiency.memoryGrowthBytes ?? -Infinity, e.memoryGrowthBytes) } : {},
        ...e.gcTimeShare !== void 0 ? {
          gcTimeShare: (m.efficiency.gcTimeShare ?? e.gcTimeShare) + (e.gcTimeShare - (m.efficiency.gcTimeShare ?? e.gcTimeShare)) / mine.runs
        } : {},
        ...e.goroutinesMax !== void 0 ? { goroutinesMax: Math.max(m.efficiency.goroutinesMax ?? 0, e.goroutinesMax) } : {},
        ...e.eventLoopLagMaxSeconds !== void 0 ? {
          eventLoopLagMaxSeconds: Math.max(
            m.efficiency.eventLoopLagMaxSeconds ?? 0,
            e.eventLoopLagMaxSeconds
          )
        } : {}
      };
    }
  return {
    schemaVersion: 1,
    targets: [...pooled.values()].map(({ target }) => recompute(target, windowSeconds))
  };
}

// src/domain/merge.ts
function mergeRunSummaries(shards) {
  if (shards.length === 0) throw new RangeError("nothing to merge");
  const seconds = Math.max(...shards.map((s) => s.windowSeconds));
  for (const s of shards) {
    const ratio = seconds / s.windowSeconds;
    if (Math.abs(ratio - Math.round(ratio)) > 1e-9) {
      throw new RangeError(
        `shards have window lengths that do not divide each other (${s.windowSeconds}s and ${seconds}s)`
      );
    }
  }
  const series2 = /* @__PURE__ */ new Map();
  for (const shard of shards) {
    for (const x of shard.series) {
      const id = JSON.stringify(x.key);
      const acc = SeriesAccumulator.fromJSON(x).coalesce(seconds);
      const mine = series2.get(id);
      if (mine) mine.merge(acc);
      else series2.set(id, acc);
    }
  }
  const [first, ...rest] = shards;
  const out = { ...structuredClone({ ...first, series: [] }), windowSeconds: seconds };
  const thresholds = new Map(out.thresholds.map((t) => [`${t.metric}\0${t.expression}`, { ...t }]));
  for (const shard of rest) {
    for (const [name, info] of Object.entries(shard.metrics)) out.metrics[name] ??= info;
    for (const t of shard.thresholds) {
      const id = `${t.metric}\0${t.expression}`;
      const mine = thresholds.get(id);
      if (mine) mine.ok = mine.ok && t.ok;
      else thresholds.set(id, { ...t });
    }
    const start = Math.min(Date.parse(out.run.start), Date.parse(shard.run.start));
    const end = Math.max(Date.parse(out.run.end), Date.parse(shard.run.end));
    out.run = {
      ...out.run,
      start: new Date(start).toISOString(),
      end: new Date(end).toISOString(),
      durationSeconds: Math.max(1e-3, (end - start) / 1e3)
    };
    for (const k of [
      "lines",
      "samples",
      "skippedLines",
      "excludedSetupTeardown",
      "excludedWarmup",
      "shards"
    ]) {
      out.ingest[k] += shard.ingest[k];
    }
    out.ingest.truncated ||= shard.ingest.truncated;
    if (shard.execution) {
      const mine = out.execution ?? { exceptions: 0 };
      out.execution = {
        ...shard.execution,
        ...mine,
        exceptions: mine.exceptions + shard.execution.exceptions
      };
    }
    out.warnings.push(...shard.warnings.filter((w) => !out.warnings.includes(w)));
  }
  out.thresholds = [...thresholds.values()];
  out.series = [...series2.values()].map((acc) => acc.toJSON());
  out.series.sort((a, b) => Object.keys(a.key).length === 0 ? -1 : Object.keys(b.key).length === 0 ? 1 : 0);
  const server = mergeShardServers(
    shards.map((s) => s.server),
    out.series[0]?.windows ?? [],
    seconds
  );
  delete out.server;
  if (server) out.server = server;
  return out;
}
function poolRepeatedRuns(runs2) {
  if (runs2.length === 1) return runs2[0];
  const merged = mergeRunSummaries(runs2);
  const server = poolServerSections(
    runs2.map((r) => r.server),
    merged.windowSeconds
  );
  return {
    ...merged,
    ...server ? { server } : {},
    run: { ...merged.run, durationSeconds: runs2.reduce((s, r) => s + r.run.durationSeconds, 0) }
  };
}

// src/domain/stats/mean-interval.ts
function meanInterval(values, confidence) {
  const n = values.length;
  if (n < 2) return void 0;
  const x = [...values];
  const m = mean(x);
  const half = studentTQuantile(confidence, n - 1) * sampleStandardDeviation(x) / Math.sqrt(n);
  return { mean: m, low: m - half, high: m + half };
}

// src/domain/stats/most-extreme.ts
function mostExtremeIndex(values) {
  if (values.length === 0) return void 0;
  const centre = median([...values]);
  let best = 0;
  values.forEach((v, i) => {
    if (Math.abs(v - centre) > Math.abs(values[best] - centre)) best = i;
  });
  return best;
}

// src/domain/compare/paired.ts
function armsShortOfCpu(pair) {
  return [
    ...generatorStarvation(pair.baseline).map((r) => `baseline arm: ${r}`),
    ...generatorStarvation(pair.candidate).map((r) => `candidate arm: ${r}`)
  ];
}
function pairedRatioInterval(logRatios, confidence) {
  const mean2 = meanInterval(logRatios, confidence);
  if (!mean2) throw new RangeError("a paired interval needs at least 2 pairs");
  return { interval: [Math.exp(mean2.low), Math.exp(mean2.high)], df: logRatios.length - 1 };
}
var keyId2 = (key) => JSON.stringify(Object.entries(key).sort());
function statisticIn(run, c) {
  if (c.stat === "throughput") return (run.series[0]?.counters[HTTP_REQS] ?? 0) / run.run.durationSeconds;
  if (c.metric === SERVER_CPU_PER_REQUEST) {
    const targets = run.server?.targets ?? [];
    const target = c.series.server ? targets.find((t) => targetRole(t) === c.series.server) : targets[0];
    return target ? cpuPerRequest(target, run.windowSeconds)?.value : void 0;
  }
  const series2 = run.series.find((s) => keyId2(s.key) === keyId2(c.series));
  if (c.stat === "rate") {
    const counts = series2?.rates[c.metric];
    return counts && counts.total > 0 ? counts.passes / counts.total : void 0;
  }
  const q = quantileOfLabel(c.stat);
  const json = series2?.trends[c.metric];
  if (q === void 0 || !json || json.count === 0) return void 0;
  return Histogram.fromJSON(json).quantile(q);
}
function pairedAt(c, logs, confidence) {
  const { interval, df } = pairedRatioInterval(logs, confidence);
  const pValues = ratioPValues(
    mean([...logs]),
    sampleVariance([...logs]) / logs.length,
    df,
    c.tolerance,
    c.direction
  );
  const { pValues: _unpaired, variance: _parts, ...rest } = c;
  return {
    ...rest,
    ...pValues ? { pValues } : {},
    interval,
    verdict: classify(interval, c.tolerance, "ratio", c.direction),
    method: `paired t over ${logs.length} A/B pairs on one machine, t(${df})`
  };
}
function pairedLook(c, logs, confidence, looks) {
  const nominal = pairedAt(c, logs, confidence);
  if (looks <= 1) return nominal;
  const adjusted = lookAdjusted([nominal], [pairedAt(c, logs, confidencePerLook(confidence, looks))])[0];
  return adjusted;
}
function hangsOnOnePair(logRatios, holds) {
  const extreme = mostExtremeIndex(logRatios);
  if (extreme === void 0) return void 0;
  const rest = logRatios.filter((_, i) => i !== extreme);
  return rest.length >= 2 && holds(rest) ? void 0 : extreme;
}
function compareAB(pairs2, config, sequence = { looks: 1, maxPairs: pairs2.length }) {
  if (pairs2.length < 2) throw new RangeError("A/B mode needs at least 2 pairs");
  const baselines = pairs2.map((p) => p.baseline);
  const paired = (c) => {
    if (c.scale !== "ratio") return c;
    const logs = [];
    const pairIndex = [];
    pairs2.forEach((p, i) => {
      const b = statisticIn(p.baseline, c);
      const k = statisticIn(p.candidate, c);
      if (b && k && b > 0 && k > 0) {
        logs.push(Math.log(k / b));
        pairIndex.push(i);
      }
    });
    if (logs.length < 2) return { ...c, gated: false, note: "fewer than 2 pairs have this statistic" };
    const judged = pairedLook(c, logs, config.confidence, sequence.looks);
    if (judged.verdict !== "regression") return judged;
    const extreme = hangsOnOnePair(
      logs,
      (some) => pairedLook(c, some, config.confidence, sequence.looks).verdict === "regression"
    );
    if (extreme === void 0) return judged;
    const pair = pairIndex[extreme];
    const starved = armsShortOfCpu(pairs2[pair]);
    const ratio = Math.exp(logs[extreme]);
    return {
      ...judged,
      verdict: "inconclusive",
      suspected: true,
      hangsOnPair: pair + 1,
      note: `a regression only with pair ${pair + 1} (ratio ${ratio.toFixed(2)}, the farthest from the other pairs), judged disturbed: it does not hold without that pair${starved.length > 0 ? `; k6 was short of CPU in it (${starved.join("; ")})` : ""}`
    };
  };
  return compareRuns([poolRepeatedRuns(baselines)], poolRepeatedRuns(pairs2.map((p) => p.candidate)), config, {
    candidateRuns: pairs2.length,
    refine: paired,
    provenance: { runs: baselines.length, source: "A/B: the baseline target, interleaved" },
    baselineIsFresh: true,
    ...sequence.looks > 1 ? { looks: sequence.looks, maxRuns: sequence.maxPairs, rerun: "inconclusive" } : {}
  });
}

// src/domain/compare/ab-stopping.ts
function abLooks(firstLook, maxPairs) {
  if (!Number.isInteger(firstLook) || !Number.isInteger(maxPairs) || firstLook < 1 || maxPairs < firstLook)
    throw new RangeError(`A/B looks need 1 <= pairs <= max-pairs: ${firstLook}, ${maxPairs}`);
  return maxPairs - firstLook + 1;
}
function pairOrder(i) {
  const baselineFirst = [true, false, false, true][(i % 4 + 4) % 4];
  return baselineFirst ? ["baseline", "candidate"] : ["candidate", "baseline"];
}
function abStopping(report, pairsSoFar, limits) {
  if (pairsSoFar < limits.firstLook) return { continue: true };
  if (report.verdict === "fail")
    return {
      continue: false,
      reason: report.comparisons.some((c) => c.gated && c.verdict === "regression") ? "regression" : "broken"
    };
  if (!report.fingerprint.match && !report.fingerprint.forced)
    return { continue: false, reason: "workload-differs" };
  const open2 = worthAnotherRun(report, 0, 1 + 1, "inconclusive");
  if (!open2) return { continue: false, reason: "settled" };
  return pairsSoFar >= limits.maxPairs ? { continue: false, reason: "max-pairs" } : { continue: true };
}

// src/domain/compare/ab-pairs.ts
var isAllTraffic4 = (c) => Object.keys(c.series).length === 0;
function perPairLatency(comparisons) {
  const gated = comparisons.filter(
    (c) => c.gated && c.scale === "ratio" && c.direction === "higher-is-worse" && isAllTraffic4(c) && quantileOfLabel(c.stat) !== void 0
  );
  const http = gated.filter((c) => c.metric === HTTP_REQ_DURATION);
  const candidates = http.length > 0 ? http : gated;
  let best;
  for (const c of candidates)
    if (!best || quantileOfLabel(c.stat) > quantileOfLabel(best.stat)) best = c;
  return best;
}
function perPairComparisons(comparisons) {
  return {
    latency: perPairLatency(comparisons),
    errorRate: comparisons.find((c) => isAllTraffic4(c) && c.metric === HTTP_REQ_FAILED && c.stat === "rate"),
    // With several scraped targets, the first compared (the report sorts them): the table has one CPU column.
    cpuPerRequest: comparisons.find((c) => c.metric === SERVER_CPU_PER_REQUEST)
  };
}
function perPairStatistics(comparisons) {
  const { latency: latency2, errorRate, cpuPerRequest: cpuPerRequest2 } = perPairComparisons(comparisons);
  return {
    ...latency2 ? { latency: { metric: latency2.metric, stat: latency2.stat, tolerance: latency2.tolerance } } : {},
    ...errorRate ? { errorRate: { metric: errorRate.metric, tolerance: errorRate.tolerance } } : {},
    ...cpuPerRequest2 ? { cpuPerRequest: { series: cpuPerRequest2.series, tolerance: cpuPerRequest2.tolerance } } : {}
  };
}
function pairRatio(pair, c) {
  const b = statisticIn(pair.baseline, c);
  const k = statisticIn(pair.candidate, c);
  return b !== void 0 && k !== void 0 && b > 0 && k > 0 ? k / b : null;
}
function pairDifference(pair, c) {
  const b = statisticIn(pair.baseline, c);
  const k = statisticIn(pair.candidate, c);
  return b !== void 0 && k !== void 0 ? k - b : null;
}
var comparisonName = (c) => `${c.metric} ${c.stat}${isAllTraffic4(c) ? "" : ` (${Object.values(c.series).join(" ")})`}`;
function abPairResults(pairs2, comparisons) {
  const { latency: latency2, errorRate, cpuPerRequest: cpuPerRequest2 } = perPairComparisons(comparisons);
  return pairs2.map((p, i) => {
    const regressionOnlyWith = comparisons.filter((c) => c.hangsOnPair === i + 1).map(comparisonName);
    const k6ShortOfCpu = armsShortOfCpu(p);
    const disturbed = {
      ...regressionOnlyWith.length > 0 ? { regressionOnlyWith } : {},
      ...k6ShortOfCpu.length > 0 ? { k6ShortOfCpu } : {}
    };
    return {
      pair: i + 1,
      order: pairOrder(i)[0] === "baseline" ? "AB" : "BA",
      latency: latency2 ? pairRatio(p, latency2) : null,
      errorRate: errorRate ? pairDifference(p, errorRate) : null,
      ...cpuPerRequest2 ? { cpuPerRequest: pairRatio(p, cpuPerRequest2) } : {},
      ...Object.keys(disturbed).length > 0 ? { disturbed } : {}
    };
  });
}

// src/io/bounded-body.ts
async function readBoundedText(response, maxBytes) {
  const declared = Number(response.headers.get("content-length") ?? 0);
  if (declared > maxBytes) {
    await response.body?.cancel();
    return void 0;
  }
  if (!response.body) return "";
  const reader = response.body.getReader();
  const chunks = [];
  let bytes = 0;
  for (; ; ) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      await reader.cancel();
      return void 0;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

// src/io/server-scraper.ts
var DEFAULT_SCRAPE_INTERVAL_SECONDS = 2;
var MAX_BODY_BYTES = 8 * 1024 * 1024;
var TIMEOUT_MS = 1500;
function displayTarget(url) {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname}`;
  } catch {
    return url.slice(0, 200);
  }
}
async function fetchMetrics(url, timeoutMs) {
  try {
    const response = await fetch(url, {
      headers: { accept: "text/plain;version=0.0.4;q=0.9, application/openmetrics-text;q=0.5" },
      signal: AbortSignal.timeout(timeoutMs)
    });
    if (!response.ok) {
      await response.body?.cancel();
      return { error: `HTTP ${response.status}` };
    }
    const text2 = await readBoundedText(response, MAX_BODY_BYTES);
    return text2 === void 0 ? { error: `body larger than ${MAX_BODY_BYTES} bytes` } : { text: text2 };
  } catch (e) {
    const cause = e.cause;
    const error = cause?.code ?? cause?.message ?? e.name ?? "failed";
    return { error: String(error).slice(0, 200) };
  }
}
async function scrapeOnce(url, sink, timeoutMs) {
  const sent = Date.now();
  const outcome = await fetchMetrics(url, timeoutMs);
  const t = (sent + Date.now()) / 2e3;
  if (outcome.error !== void 0) sink.addFailure(t, outcome.error);
  else sink.addText(t, outcome.text);
}
function startServerScraper(targets, intervalSeconds = DEFAULT_SCRAPE_INTERVAL_SECONDS, timeoutMs = TIMEOUT_MS) {
  const pending = /* @__PURE__ */ new Set();
  const tick = () => {
    for (const { url, sink } of targets) {
      const p = scrapeOnce(url, sink, timeoutMs);
      pending.add(p);
      void p.finally(() => pending.delete(p));
    }
  };
  tick();
  const timer = setInterval(tick, intervalSeconds * 1e3);
  return {
    async stop() {
      clearInterval(timer);
      tick();
      await Promise.all([...pending]);
    }
  };
}

// src/pipeline/live-run.ts
import { spawnSync } from "node:child_process";
import { closeSync, constants as constants2, existsSync as existsSync3, openSync, readFileSync as readFileSync3 } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join as join3, resolve as resolve2 } from "node:path";

// src/ingest/builder.ts
var MAX_WINDOWS = 240;
var DEFAULT_MAX_SERIES = 20;
var HARD_NAME_LIMIT = 2e3;
var POOLED_NAME = "(other)";
var KNOWN_TYPES = /* @__PURE__ */ new Set(["trend", "rate", "counter", "gauge"]);
var RunSummaryBuilder = class {
  constructor(options) {
    this.options = options;
    this.windowSeconds = options.windowSeconds;
  }
  options;
  metrics = /* @__PURE__ */ new Map();
  ignoredTypes = /* @__PURE__ */ new Map();
  all = new SeriesAccumulator({});
  scenarios = /* @__PURE__ */ new Map();
  /** Request-name series by name, method and group; the final keys are chosen at the end. */
  names = /* @__PURE__ */ new Map();
  overflow;
  handlings = /* @__PURE__ */ new Map();
  /** Series per distinct tag set (tag sets are shared objects, one per distinct set: see digestTags). */
  routes = /* @__PURE__ */ new Map();
  firstTime;
  minTime = Infinity;
  maxTime = -Infinity;
  windowSeconds;
  samples = 0;
  excludedSetupTeardown = 0;
  excludedWarmup = 0;
  accumulators() {
    const out = [this.all, ...this.scenarios.values(), ...[...this.names.values()].map((e) => e.acc)];
    if (this.overflow) out.push(this.overflow);
    return out;
  }
  widenWindows() {
    this.windowSeconds *= 2;
    for (const acc of this.accumulators()) acc.coalesce(this.windowSeconds);
  }
  declare(metric) {
    if (KNOWN_TYPES.has(metric.type)) {
      const contains = metric.contains === "time" || metric.contains === "data" ? metric.contains : "default";
      this.metrics.set(metric.name, {
        type: metric.type,
        contains,
        ...metric.thresholds ? { thresholds: metric.thresholds } : {}
      });
    } else this.ignoredTypes.set(metric.name, metric.type);
    this.handlings.delete(metric.name);
  }
  /** Requests and the request duration's p95 so far, for progress lines (nothing for a test without HTTP). */
  soFar() {
    const requests2 = this.all.counters.get(HTTP_REQS);
    const duration = this.all.trends.get(HTTP_REQ_DURATION);
    return {
      ...requests2 !== void 0 ? { requests: requests2 } : {},
      ...duration && duration.count > 0 ? { p95Ms: duration.quantile(0.95) } : {}
    };
  }
  /** Metrics of a type perf-gate does not know, ignored (for a debug note). */
  ignoredMetrics() {
    return [...this.ignoredTypes.entries()];
  }
  /** How samples of a metric are accumulated, looked up once per sample (null: a type perf-gate ignores). */
  handling(metric) {
    const known2 = this.handlings.get(metric);
    if (known2 !== void 0) return known2;
    let info = this.metrics.get(metric);
    if (info === void 0 && !this.ignoredTypes.has(metric)) {
      info = undeclaredMetricInfo(metric);
      this.metrics.set(metric, info);
    }
    let handling = null;
    if (info) {
      const ok = {
        type: info.type,
        windowed: info.type === "trend" && isWindowedTrend(metric),
        failedRequest: false,
        requests: metric === HTTP_REQS,
        iterations: metric === ITERATIONS,
        failures: metric === HTTP_REQ_FAILED
      };
      handling = {
        ok,
        failed: info.type === "trend" && isRequestTiming(metric) ? { ...ok, failedRequest: true } : ok
      };
    }
    this.handlings.set(metric, handling);
    return handling;
  }
  add(sample2) {
    const handling = this.handling(sample2.metric);
    if (handling === null) return;
    const { tags, time } = sample2;
    const routing = tags.expected === false ? handling.failed : handling.ok;
    if (tags.setupOrTeardown) {
      this.excludedSetupTeardown++;
      return;
    }
    this.firstTime ??= time;
    if (this.options.warmupSeconds > 0 && time < this.firstTime + this.options.warmupSeconds * 1e3) {
      this.excludedWarmup++;
      return;
    }
    this.samples++;
    if (time < this.minTime) this.minTime = time;
    if (time > this.maxTime) this.maxTime = time;
    const windowStart = Math.floor(time / 1e3 / this.windowSeconds) * this.windowSeconds;
    this.all.add(sample2.metric, sample2.value, routing, windowStart);
    if (this.all.windows.size > MAX_WINDOWS) this.widenWindows();
    let routes = this.routes.get(tags);
    if (routes === void 0) {
      routes = this.routesFor(tags);
      if (this.routes.size >= 5e4) this.routes.clear();
      this.routes.set(tags, routes);
    }
    for (const acc of routes) acc.add(sample2.metric, sample2.value, routing, windowStart);
  }
  /** The series a tag set's samples go to besides all traffic: its scenario's and its request name's. */
  routesFor(tags) {
    const out = [];
    if (tags.scenario !== void 0) {
      let acc = this.scenarios.get(tags.scenario);
      if (!acc) {
        acc = new SeriesAccumulator({ scenario: tags.scenario });
        this.scenarios.set(tags.scenario, acc);
      }
      out.push(acc);
    }
    if (tags.name !== void 0) out.push(this.nameSeries(tags.name, tags.method, tags.group));
    return out;
  }
  nameSeries(name, method, group) {
    const id = `${name}\0${method ?? ""}\0${group}`;
    const entry2 = this.names.get(id);
    if (entry2) return entry2.acc;
    if (this.names.size >= HARD_NAME_LIMIT) {
      this.overflow ??= new SeriesAccumulator({ name: POOLED_NAME });
      return this.overflow;
    }
    const acc = new SeriesAccumulator({});
    this.names.set(id, { name, method, group, acc });
    return acc;
  }
  /** The summary so far. `warnings` collects what the user should know (pooled series, ...). */
  finish(extra) {
    const warnings = [...extra.warnings];
    const series2 = [this.all.toJSON()];
    if (this.scenarios.size > 1) {
      for (const s of [...this.scenarios.keys()].sort())
        series2.push(this.scenarios.get(s).toJSON());
    }
    series2.push(...this.nameSeriesJSON(warnings));
    const start = Number.isFinite(this.minTime) ? Math.floor(this.minTime) : 0;
    const end = Number.isFinite(this.maxTime) ? Math.floor(this.maxTime) : start;
    return {
      schemaVersion: RUN_SUMMARY_SCHEMA_VERSION,
      producer: { name: "perf-gate", version: this.options.producerVersion },
      k6: this.options.k6Version ? { version: this.options.k6Version } : {},
      ...this.options.tool ? { tool: this.options.tool } : {},
      run: {
        start: new Date(start).toISOString(),
        end: new Date(end).toISOString(),
        durationSeconds: Math.max(1e-3, (end - start) / 1e3),
        warmupSeconds: this.options.warmupSeconds
      },
      ...this.options.git ? { git: this.options.git } : {},
      fingerprint: this.options.fingerprint,
      windowSeconds: this.windowSeconds,
      metrics: mapToObject(this.metrics, (m) => m),
      series: series2,
      thresholds: [],
      ingest: {
        lines: extra.lines,
        samples: this.samples,
        skippedLines: extra.skippedLines,
        excludedSetupTeardown: this.excludedSetupTeardown,
        excludedWarmup: this.excludedWarmup,
        truncated: extra.truncated,
        shards: 1
      },
      warnings
    };
  }
  /**
   * Request-name series, named by `name` alone unless the same name is used with several methods or groups; the
   * top `maxSeries` by request count are kept and the rest pooled into `(other)`.
   */
  nameSeriesJSON(warnings) {
    const byName = /* @__PURE__ */ new Map();
    for (const e of this.names.values()) {
      const s = byName.get(e.name) ?? { methods: /* @__PURE__ */ new Set(), groups: /* @__PURE__ */ new Set() };
      s.methods.add(e.method ?? "");
      s.groups.add(e.group);
      byName.set(e.name, s);
    }
    const merged = /* @__PURE__ */ new Map();
    for (const e of this.names.values()) {
      const variety = byName.get(e.name);
      const key = { name: e.name };
      if (variety.methods.size > 1 && e.method) key.method = e.method;
      if (variety.groups.size > 1) key.group = e.group;
      const id = JSON.stringify(key);
      let acc = merged.get(id);
      if (!acc) {
        acc = new SeriesAccumulator(key);
        merged.set(id, acc);
      }
      acc.merge(e.acc);
    }
    const ranked = [...merged.values()].sort(
      (a, b) => b.requests() - a.requests() || JSON.stringify(a.key).localeCompare(JSON.stringify(b.key))
    );
    const kept = ranked.slice(0, this.options.maxSeries);
    const rest = ranked.slice(this.options.maxSeries);
    let pooled = this.overflow;
    if (rest.length > 0 || pooled) {
      pooled ??= new SeriesAccumulator({ name: POOLED_NAME });
      for (const acc of rest) pooled.merge(acc);
      warnings.push(
        `${rest.length + (this.overflow ? 1 : 0)} request-name series beyond the top ${this.options.maxSeries} were pooled into "${POOLED_NAME}"; set a \`name\` tag on requests with dynamic URLs, or raise --max-series`
      );
    }
    const out = kept.map((acc) => acc.toJSON());
    if (pooled) {
      pooled.pooled = true;
      out.push(pooled.toJSON());
    }
    return out;
  }
};

// src/ingest/fingerprint.ts
import { createHash } from "node:crypto";
var NOT_WORKLOAD = /* @__PURE__ */ new Set(["env", "tags", "exec", "gracefulStop", "gracefulRampDown"]);
function stableJson(value) {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value).filter(([, v]) => v !== null && v !== void 0).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}
var sha256 = (text2) => createHash("sha256").update(text2).digest("hex");
var SHORTCUTS2 = ["vus", "duration", "iterations", "stages"];
var isSet = (v) => v !== null && v !== void 0;
function computeFingerprint(scriptContent, k6Options) {
  const options = k6Options && typeof k6Options === "object" ? k6Options : {};
  const scenarios = {};
  const declared = options.scenarios;
  const shortcut = ["duration", "iterations", "stages"].some((k) => isSet(options[k]));
  if (!shortcut && declared && Object.keys(declared).length > 0) {
    for (const [name, def] of Object.entries(declared)) {
      scenarios[name] = Object.fromEntries(
        Object.entries(def ?? {}).filter(([k, v]) => !NOT_WORKLOAD.has(k) && isSet(v))
      );
    }
  } else {
    const implicit = Object.fromEntries(SHORTCUTS2.map((k) => [k, options[k]]).filter(([, v]) => isSet(v)));
    if (Object.keys(implicit).length > 0) scenarios.default = implicit;
  }
  return {
    ...scriptContent !== void 0 ? { scriptHash: sha256(scriptContent) } : {},
    scenarios,
    hash: sha256(stableJson(scenarios)).slice(0, 16)
  };
}

// src/ingest/url-series.ts
var NUMERIC = /^\d+$/;
var UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
function seriesPath(url) {
  let rest = url;
  const scheme = rest.indexOf("://");
  if (scheme > 0 && scheme < 16) {
    const slash = rest.indexOf("/", scheme + 3);
    rest = slash < 0 ? "/" : rest.slice(slash);
  }
  const cut = rest.search(/[?#]/);
  if (cut >= 0) rest = rest.slice(0, cut);
  if (!rest.startsWith("/")) rest = `/${rest}`;
  return rest.split("/").map((segment) => NUMERIC.test(segment) || UUID.test(segment) ? ":id" : segment).join("/");
}

// src/ingest/sample.ts
function readableName(name, method) {
  if (name === void 0 || !/^https?:\/\//i.test(name)) return name;
  const path = seriesPath(name);
  return method ? `${method} ${path}` : path;
}
function digestTags(tags) {
  const str = (v) => typeof v === "string" && v !== "" ? v : void 0;
  const group = typeof tags.group === "string" ? tags.group : "";
  const expected = tags.expected_response === "true" ? true : tags.expected_response === "false" ? false : void 0;
  return {
    scenario: str(tags.scenario),
    name: readableName(str(tags.name), str(tags.method)),
    method: str(tags.method),
    group,
    expected,
    setupOrTeardown: /^::(setup|teardown)(::|$)/.test(group)
  };
}

// src/ingest/time.ts
var recent;
var previous;
function detached(s) {
  return JSON.parse(JSON.stringify(s));
}
function matches(memo, seconds, zone) {
  return memo !== void 0 && memo.seconds === seconds && memo.zone === zone;
}
function parseK6Time(text2, start = 0, end = text2.length) {
  let i = start + 19;
  let fractionMs = 0;
  if (text2.charCodeAt(i) === 46) {
    let scale = 100;
    i++;
    for (let c = text2.charCodeAt(i); c >= 48 && c <= 57 && i < end; c = text2.charCodeAt(++i)) {
      fractionMs += (c - 48) * scale;
      scale /= 10;
    }
  }
  const seconds = text2.slice(start, start + 19);
  const zone = text2.slice(i, end);
  if (matches(recent, seconds, zone)) return recent.epochMs + fractionMs;
  if (matches(previous, seconds, zone)) {
    const hit = previous;
    previous = recent;
    recent = hit;
    return hit.epochMs + fractionMs;
  }
  const memo = { seconds: detached(seconds), zone: detached(zone), epochMs: NaN };
  memo.epochMs = Date.parse(memo.seconds + (memo.zone || "Z"));
  previous = recent;
  recent = memo;
  return memo.epochMs + fractionMs;
}

// src/ingest/k6-csv-line.ts
function splitCsv(line) {
  const out = [];
  let i = 0;
  while (i <= line.length) {
    if (line.charCodeAt(i) === 34) {
      let value = "";
      i++;
      for (; ; ) {
        const q = line.indexOf('"', i);
        if (q < 0) return out.concat(value + line.slice(i));
        value += line.slice(i, q);
        if (line.charCodeAt(q + 1) === 34) {
          value += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      out.push(value);
      i++;
    } else {
      const comma = line.indexOf(",", i);
      const end = comma < 0 ? line.length : comma;
      out.push(line.slice(i, end));
      i = end + 1;
    }
  }
  return out;
}
function csvTime(text2) {
  if (/^\d+$/.test(text2)) {
    const n = Number(text2);
    if (text2.length <= 11) return n * 1e3;
    if (text2.length <= 14) return n;
    if (text2.length <= 17) return n / 1e3;
    return n / 1e6;
  }
  return parseK6Time(text2);
}
var K6CsvLineParser = class {
  columns;
  tagCache = /* @__PURE__ */ new Map();
  parse(line) {
    if (line.length === 0) return { kind: "skip" };
    if (this.columns === void 0) {
      this.columns = splitCsv(line);
      this.fixedHead = this.columns[0] === "metric_name" && this.columns[1] === "timestamp" && this.columns[2] === "metric_value";
      return this.columns.includes("metric_name") ? { kind: "skip" } : { kind: "corrupt" };
    }
    return (this.fixedHead && line.indexOf('"') < 0 ? this.fast(line) : void 0) ?? this.slow(line);
  }
  /** Whether the header starts `metric_name,timestamp,metric_value` (k6's layout), for the fast path. */
  fixedHead = false;
  /** Tag sets by the raw text of the tag columns (everything after the value): a run has few distinct ones. */
  tailCache = /* @__PURE__ */ new Map();
  /**
   * k6's layout without quotes (most lines): the first three fields by indexOf, the tags looked up by the raw text
   * of the remaining columns, so most lines are never split. Anything else goes the general way.
   */
  fast(line) {
    const c1 = line.indexOf(",");
    const c2 = c1 < 0 ? -1 : line.indexOf(",", c1 + 1);
    const c3 = c2 < 0 ? -1 : line.indexOf(",", c2 + 1);
    if (c3 < 0) return void 0;
    const metric = line.slice(0, c1);
    const time = csvTime(line.slice(c1 + 1, c2));
    const value = Number(line.slice(c2 + 1, c3));
    if (!metric || c2 === c1 + 1 || c3 === c2 + 1) return void 0;
    if (!Number.isFinite(value) || Number.isNaN(time)) return void 0;
    const tail = line.slice(c3 + 1);
    let info = this.tailCache.get(tail);
    if (info === void 0) {
      const cells = tail.split(",");
      const tags = {};
      this.tagsFrom(cells, 3, tags);
      info = digestTags(tags);
      if (this.tailCache.size >= 5e4) this.tailCache.clear();
      this.tailCache.set(tail, info);
    }
    return { kind: "sample", sample: { metric, time, value, tags: info } };
  }
  /** The tags of a record's cells, the first of which is column `first`. */
  tagsFrom(cells, first, tags) {
    const cols = this.columns;
    for (let i = 0; i < cells.length && first + i < cols.length; i++) {
      const col = cols[first + i];
      const cell = cells[i];
      if (col === "extra_tags") {
        for (const pair of cell.split("&")) {
          const eq = pair.indexOf("=");
          if (eq > 0) tags[pair.slice(0, eq)] = pair.slice(eq + 1);
        }
      } else if (col !== "metadata" && cell !== "") tags[col] = cell;
    }
  }
  slow(line) {
    const cells = splitCsv(line);
    const cols = this.columns;
    if (cells.length < 3) return { kind: "corrupt" };
    const tags = {};
    let metric = "";
    let time = NaN;
    let value = NaN;
    for (let c = 0; c < cols.length && c < cells.length; c++) {
      const col = cols[c];
      const cell = cells[c];
      if (col === "metric_name") metric = cell;
      else if (col === "timestamp") time = csvTime(cell);
      else if (col === "metric_value") value = cell === "" ? NaN : Number(cell);
      else this.tagsFrom([cell], c, tags);
    }
    if (!metric || !Number.isFinite(value) || Number.isNaN(time)) return { kind: "corrupt" };
    const key = JSON.stringify(tags);
    let info = this.tagCache.get(key);
    if (!info) {
      info = digestTags(tags);
      this.tagCache.set(key, info);
    }
    return { kind: "sample", sample: { metric, time, value, tags: info } };
  }
};

// src/ingest/k6-json-line.ts
var K6JsonLineParser = class {
  /**
   * Raw tag texts by a cheap fingerprint (length and a few characters), each entry confirmed by comparing the text:
   * the tags are never hashed in full, which a Map keyed by the text would do for every line.
   */
  tagCache = /* @__PURE__ */ new Map();
  tagCacheSize = 0;
  parse(line) {
    if (line.length === 0) return { kind: "skip" };
    return this.fast(line) ?? this.slow(line);
  }
  /** Metric names, interned the same way: a run has a few dozen, and later lookups by them reuse one string's hash. */
  names = /* @__PURE__ */ new Map();
  nameAt(line, start, end) {
    const length = end - start;
    const probe = length * 65599 + line.charCodeAt(start + (length >> 1)) * 257 + line.charCodeAt(end - 1);
    const bucket = this.names.get(probe);
    const text2 = line.slice(start, end);
    if (bucket !== void 0) {
      for (const name2 of bucket) if (name2 === text2) return name2;
    }
    const name = JSON.parse(JSON.stringify(text2));
    if (this.names.size > 1e4) this.names.clear();
    if (bucket) bucket.push(name);
    else this.names.set(probe, [name]);
    return name;
  }
  tagsAt(line, start, end) {
    const length = end - start;
    const probe = length * 65599 + line.charCodeAt(start + (length >> 1)) * 4099 + line.charCodeAt(start + (length >> 2)) * 257 + line.charCodeAt(end - 3) * 31 + line.charCodeAt(start + (3 * length >> 2));
    const bucket = this.tagCache.get(probe);
    const text2 = line.slice(start, end);
    if (bucket !== void 0) {
      for (const entry2 of bucket) if (entry2.raw === text2) return entry2.info;
    }
    const raw = JSON.parse(JSON.stringify(text2));
    let info;
    try {
      info = digestTags(JSON.parse(raw) ?? {});
    } catch {
      return void 0;
    }
    if (this.tagCacheSize >= 5e4) {
      this.tagCache.clear();
      this.tagCacheSize = 0;
    }
    this.tagCacheSize++;
    if (bucket) bucket.push({ raw, info });
    else this.tagCache.set(probe, [{ raw, info }]);
    return info;
  }
  fast(line) {
    const P1 = '{"metric":"';
    if (!line.startsWith(P1)) return void 0;
    const nameEnd = line.indexOf('"', P1.length);
    const P2 = '","type":"Point","data":{"time":"';
    if (nameEnd < 0 || !line.startsWith(P2, nameEnd)) return void 0;
    const timeStart = nameEnd + P2.length;
    const timeEnd = line.indexOf('"', timeStart);
    const P3 = '","value":';
    if (timeEnd < 0 || !line.startsWith(P3, timeEnd)) return void 0;
    const valueStart = timeEnd + P3.length;
    const valueEnd = line.indexOf(",", valueStart);
    const P4 = ',"tags":';
    if (valueEnd < 0 || !line.startsWith(P4, valueEnd)) return void 0;
    const tagsStart = valueEnd + P4.length;
    if (!line.endsWith("}}}")) return void 0;
    const value = Number(line.slice(valueStart, valueEnd));
    if (!Number.isFinite(value)) return void 0;
    const tags = this.tagsAt(line, tagsStart, line.length - 2);
    if (tags === void 0) return void 0;
    const time = parseK6Time(line, timeStart, timeEnd);
    if (Number.isNaN(time)) return void 0;
    return { kind: "sample", sample: { metric: this.nameAt(line, P1.length, nameEnd), time, value, tags } };
  }
  slow(line) {
    let obj;
    try {
      obj = JSON.parse(line);
    } catch {
      return { kind: "corrupt" };
    }
    if (typeof obj !== "object" || obj === null) return { kind: "corrupt" };
    const rec = obj;
    const data = rec.data;
    if (rec.type === "Metric" && data && typeof data.name === "string") {
      return {
        kind: "metric",
        metric: {
          name: data.name,
          type: String(data.type),
          contains: String(data.contains ?? "default"),
          ...thresholdList(data.thresholds)
        }
      };
    }
    if (rec.type !== "Point" || !data || typeof rec.metric !== "string") return { kind: "skip" };
    const value = data.value;
    const time = typeof data.time === "string" ? parseK6Time(data.time) : NaN;
    if (typeof value !== "number" || !Number.isFinite(value) || Number.isNaN(time))
      return { kind: "corrupt" };
    const tags = digestTags(data.tags ?? {});
    return { kind: "sample", sample: { metric: rec.metric, time, value, tags } };
  }
};
function thresholdList(value) {
  if (!Array.isArray(value)) return {};
  const list = value.filter((t) => typeof t === "string" && t.length <= 200).slice(0, 20);
  return list.length > 0 ? { thresholds: list } : {};
}

// src/ingest/vegeta-fold.ts
function vegetaFailed(r) {
  return r.code < 200 || r.code >= 400 || r.error !== "";
}
var MAX_TAG_SETS = 1e4;
var VegetaFolder = class {
  constructor(builder) {
    this.builder = builder;
  }
  builder;
  /** Tag sets by method, then URL: [succeeded, failed]. Nested maps, so no key string is built per result. */
  tagSets = /* @__PURE__ */ new Map();
  tagSetCount = 0;
  tags(method, url, failed) {
    let byUrl = this.tagSets.get(method);
    if (byUrl === void 0) {
      byUrl = /* @__PURE__ */ new Map();
      this.tagSets.set(method, byUrl);
    }
    let pair = byUrl.get(url);
    if (pair === void 0) {
      if (this.tagSetCount >= MAX_TAG_SETS) {
        this.tagSets.clear();
        this.tagSets.set(method, byUrl);
        byUrl.clear();
        this.tagSetCount = 0;
      }
      pair = [void 0, void 0];
      byUrl.set(url, pair);
      this.tagSetCount++;
    }
    const index = failed ? 1 : 0;
    let tags = pair[index];
    if (tags === void 0) {
      const m = method || "GET";
      tags = {
        scenario: void 0,
        name: `${m} ${seriesPath(url)}`,
        method: m,
        group: "",
        expected: !failed,
        setupOrTeardown: false
      };
      pair[index] = tags;
    }
    return tags;
  }
  add(r) {
    const failed = vegetaFailed(r);
    const tags = this.tags(r.method, r.url, failed);
    const time = Math.floor(r.time);
    const b = this.builder;
    b.add({ metric: HTTP_REQS, time, value: 1, tags });
    b.add({ metric: HTTP_REQ_DURATION, time, value: r.latencyNs / 1e6, tags });
    b.add({ metric: HTTP_REQ_FAILED, time, value: failed ? 1 : 0, tags });
    b.add({ metric: DATA_SENT, time, value: r.bytesOut, tags });
    b.add({ metric: DATA_RECEIVED, time, value: r.bytesIn, tags });
  }
};

// src/ingest/vegeta-line.ts
var CORRUPT = { kind: "corrupt" };
var SKIP = { kind: "skip" };
function integerAt(line, start, end) {
  if (end <= start || end - start > 20) return NaN;
  let value = 0;
  for (let i = start; i < end; i++) {
    const c = line.charCodeAt(i);
    if (c < 48 || c > 57) return NaN;
    value = value * 10 + (c - 48);
  }
  return value;
}
var METHODS = ["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"];
function methodAt(line, start, end) {
  for (const m of METHODS) if (m.length === end - start && line.startsWith(m, start)) return m;
  return line.slice(start, end);
}
function stringEnd(line, from) {
  for (let q = line.indexOf('"', from); q >= 0; q = line.indexOf('"', q + 1)) {
    let backslashes = 0;
    while (line.charCodeAt(q - 1 - backslashes) === 92) backslashes++;
    if (backslashes % 2 === 0) return q;
  }
  return -1;
}
function valid(r) {
  if (!Number.isFinite(r.time) || !Number.isInteger(r.code) || r.code < 0 || r.code > 65535 || !(r.latencyNs >= 0) || !(r.bytesOut >= 0) || !(r.bytesIn >= 0))
    return CORRUPT;
  return { kind: "result", result: r };
}
var VegetaJsonLineParser = class {
  parse(line) {
    if (line.length === 0 || line === "\r") return SKIP;
    return this.fast(line) ?? this.slow(line);
  }
  fast(line) {
    const field = (key, from) => {
      const at = line.indexOf(key, from);
      return at < 0 ? -1 : at + key.length;
    };
    if (!line.startsWith('{"attack":"')) return void 0;
    const code = field(',"code":', 11);
    const ts = code < 0 ? -1 : field(',"timestamp":"', code);
    if (ts < 0) return void 0;
    const tsEnd = line.indexOf('"', ts);
    const latency2 = field('","latency":', ts);
    const out = latency2 < 0 ? -1 : field(',"bytes_out":', latency2);
    const bytesIn = out < 0 ? -1 : field(',"bytes_in":', out);
    const error = bytesIn < 0 ? -1 : field(',"error":"', bytesIn);
    if (error < 0) return void 0;
    const errorEnd = stringEnd(line, error);
    if (errorEnd < 0 || !line.startsWith('","body":', errorEnd)) return void 0;
    const method = field(',"method":"', errorEnd + 9);
    const methodEnd = method < 0 ? -1 : line.indexOf('","url":"', method);
    if (methodEnd < 0) return void 0;
    const urlStart = methodEnd + 9;
    const urlEnd = line.indexOf('","headers":', urlStart);
    if (urlEnd < 0) return void 0;
    const rawError = errorEnd === error ? "" : line.slice(error, errorEnd);
    const url = line.slice(urlStart, urlEnd);
    if (url.includes("\\") || !line.endsWith("}")) return void 0;
    let errorText = rawError;
    if (rawError.includes("\\")) {
      try {
        errorText = JSON.parse(`"${rawError}"`);
      } catch {
        return void 0;
      }
    }
    return valid({
      time: parseK6Time(line, ts, tsEnd),
      code: integerAt(line, code, line.indexOf(",", code)),
      latencyNs: integerAt(line, latency2, out - ',"bytes_out":'.length),
      bytesOut: integerAt(line, out, bytesIn - ',"bytes_in":'.length),
      bytesIn: integerAt(line, bytesIn, error - ',"error":"'.length),
      error: errorText,
      method: methodAt(line, method, methodEnd),
      url
    });
  }
  slow(line) {
    let obj;
    try {
      obj = JSON.parse(line);
    } catch {
      return CORRUPT;
    }
    if (typeof obj !== "object" || obj === null || Array.isArray(obj)) return CORRUPT;
    const r = obj;
    const num4 = (v) => typeof v === "number" && Number.isInteger(v) ? v : NaN;
    const str = (v) => typeof v === "string" ? v : "";
    if (typeof r.timestamp !== "string" || typeof r.latency !== "number") return CORRUPT;
    return valid({
      time: parseK6Time(r.timestamp),
      code: num4(r.code),
      latencyNs: num4(r.latency),
      bytesOut: num4(r.bytes_out ?? 0),
      bytesIn: num4(r.bytes_in ?? 0),
      error: str(r.error),
      method: str(r.method),
      url: str(r.url)
    });
  }
};
var VegetaCsvLineParser = class {
  /** Field extents of the current line: start, end (exclusive, without quotes), quoted; reused between lines. */
  starts = new Int32Array(13);
  ends = new Int32Array(13);
  quoted = new Uint8Array(13);
  /**
   * Finds the 12 fields' extents without cutting them out (the base64 body and headers are never copied).
   * False for a malformed record or another number of fields.
   */
  scan(line, length) {
    let i = 0;
    for (let f2 = 0; ; f2++) {
      if (f2 === 12) return false;
      if (line.charCodeAt(i) === 34) {
        let j = i + 1;
        for (; ; ) {
          const q = line.indexOf('"', j);
          if (q < 0 || q >= length) return false;
          if (line.charCodeAt(q + 1) === 34) j = q + 2;
          else {
            j = q;
            break;
          }
        }
        this.starts[f2] = i + 1;
        this.ends[f2] = j;
        this.quoted[f2] = 1;
        i = j + 1;
        if (i === length) return f2 === 11;
        if (line.charCodeAt(i) !== 44) return false;
        i++;
      } else {
        const comma = line.indexOf(",", i);
        this.starts[f2] = i;
        this.quoted[f2] = 0;
        if (comma < 0 || comma >= length) {
          this.ends[f2] = length;
          return f2 === 11;
        }
        this.ends[f2] = comma;
        i = comma + 1;
      }
    }
  }
  text(line, f2) {
    const start = this.starts[f2];
    const end = this.ends[f2];
    if (end === start) return "";
    const raw = line.slice(start, end);
    return this.quoted[f2] ? raw.replaceAll('""', '"') : raw;
  }
  int(line, f2) {
    return this.quoted[f2] ? NaN : integerAt(line, this.starts[f2], this.ends[f2]);
  }
  parse(line) {
    const length = line.endsWith("\r") ? line.length - 1 : line.length;
    if (length === 0) return SKIP;
    if (!this.scan(line, length)) return CORRUPT;
    const tsStart = this.starts[0];
    const tsEnd = this.ends[0];
    if (this.quoted[0] || tsEnd - tsStart < 7 || tsEnd - tsStart > 20) return CORRUPT;
    const time = integerAt(line, tsStart, tsEnd - 6) + integerAt(line, tsEnd - 6, tsEnd) / 1e6;
    return valid({
      time,
      code: this.int(line, 1),
      latencyNs: this.int(line, 2),
      bytesOut: this.int(line, 3),
      bytesIn: this.int(line, 4),
      error: this.text(line, 5),
      method: this.quoted[9] ? this.text(line, 9) : methodAt(line, this.starts[9], this.ends[9]),
      url: this.text(line, 10)
    });
  }
};
function detectFormat(firstLine) {
  const line = firstLine.trimStart();
  if (line.startsWith("{")) {
    if (/^\{\s*"attack"\s*:/.test(line)) return "vegeta-json";
    if (/^\{\s*"(type|metric)"\s*:/.test(line)) return "k6-json";
    if (/"latency"\s*:/.test(line) && /"bytes_in"\s*:/.test(line)) return "vegeta-json";
    return "k6-json";
  }
  if (/^\d{10,20},\d{1,5},\d+,\d+,\d+,/.test(line)) return "vegeta-csv";
  return "k6-csv";
}

// src/ingest/vegeta-fingerprint.ts
import { createHash as createHash2 } from "node:crypto";
var sha2562 = (text2) => createHash2("sha256").update(text2).digest("hex");
function vegetaFingerprint(workload) {
  const scenario = { executor: "vegeta" };
  if (workload) {
    scenario.rate = workload.ratePerSecond;
    scenario.duration = `${workload.durationSeconds}s`;
    scenario.targets = sha2562(workload.targets).slice(0, 16);
    if (workload.extraArgs && workload.extraArgs.length > 0) scenario.args = [...workload.extraArgs];
  }
  const stable = JSON.stringify(Object.entries(scenario).sort(([x], [y]) => x < y ? -1 : 1));
  return {
    ...workload ? { scriptHash: sha2562(workload.targets) } : {},
    scenarios: workload ? { vegeta: scenario } : {},
    hash: sha2562(`vegeta:${stable}`).slice(0, 16)
  };
}

// src/ingest/thresholds.ts
function isMachineReadableSummary(k6Summary) {
  const s = k6Summary;
  return !!s && typeof s === "object" && Array.isArray(s.results?.metrics) && !!s.config && !!s.metadata;
}
function applyEndOfTestSummary(summary, k6Summary) {
  if (isMachineReadableSummary(k6Summary)) {
    return {
      ...summary,
      thresholds: [],
      warnings: [
        ...summary.warnings,
        "k6's end-of-test summary is in the new machine-readable layout (K6_NEW_MACHINE_READABLE_SUMMARY or --new-machine-readable-summary), which leaves them out: the thresholds' outcomes are unknown to perf-gate"
      ]
    };
  }
  const metrics = k6Summary?.metrics;
  if (!metrics || typeof metrics !== "object") {
    throw new PerfGateError(
      "the k6 end-of-test summary has no 'metrics'",
      "Pass the file written by --summary-export or handleSummary"
    );
  }
  const outcomes = [];
  for (const [metric, body] of Object.entries(
    metrics
  )) {
    for (const [expression, value] of Object.entries(body?.thresholds ?? {})) {
      let ok;
      if (typeof value === "boolean")
        ok = !value;
      else if (value && typeof value === "object" && typeof value.ok === "boolean")
        ok = value.ok;
      else continue;
      outcomes.push({ metric, expression, ok });
    }
  }
  outcomes.sort((a, b) => a.metric.localeCompare(b.metric) || a.expression.localeCompare(b.expression));
  return { ...summary, thresholds: outcomes };
}

// src/ingest/retype.ts
function exportedInfo(entry2) {
  if (!entry2 || typeof entry2 !== "object") return void 0;
  const e = entry2;
  if (typeof e.type === "string" && ["trend", "rate", "counter", "gauge"].includes(e.type))
    return {
      type: e.type,
      contains: e.contains === "time" || e.contains === "data" ? e.contains : "default"
    };
  const has = (...keys) => keys.every((k) => k in e);
  if (has("passes", "fails")) return { type: "rate", contains: "default" };
  if (has("count", "rate")) return { type: "counter", contains: "default" };
  if (has("avg", "med")) return void 0;
  if (has("value", "min", "max")) return { type: "gauge", contains: "default" };
  return void 0;
}
var rateOf = (h) => ({ passes: h.count - h.zero, total: h.count });
function without(record, key) {
  const { [key]: _dropped, ...rest } = record;
  return rest;
}
function retypeSeries(series2, metric, type) {
  const h = series2.trends[metric];
  if (!h) return series2;
  const out = {
    ...series2,
    trends: without(series2.trends, metric),
    windows: series2.windows.map((w) => {
      const wh = w.trends[metric];
      if (!wh) return w;
      return {
        ...w,
        trends: without(w.trends, metric),
        ...type === "rate" ? { rates: { ...w.rates, [metric]: rateOf(wh) } } : {}
      };
    })
  };
  if (type === "rate") out.rates = { ...series2.rates, [metric]: rateOf(h) };
  if (type === "counter") out.counters = { ...series2.counters, [metric]: h.sum };
  if (type === "gauge") out.gauges = { ...series2.gauges, [metric]: h.max };
  return out;
}
function retypeCustomMetrics(summary, k6Summary) {
  const metrics = k6Summary?.metrics;
  if (!metrics || typeof metrics !== "object") return summary;
  let out = summary;
  for (const [metric, entry2] of Object.entries(metrics)) {
    if (isBuiltin(metric) || metric.includes("{")) continue;
    const read2 = out.metrics[metric];
    const exported = exportedInfo(entry2);
    if (!read2 || read2.type !== "trend" || !exported) continue;
    const expressions = Object.keys(entry2.thresholds ?? {}).filter((t) => t.length <= 200).slice(0, 20);
    const info = expressions.length > 0 ? { ...exported, thresholds: expressions } : exported;
    if (info.type === "trend") {
      out = { ...out, metrics: { ...out.metrics, [metric]: info } };
      continue;
    }
    out = {
      ...out,
      metrics: { ...out.metrics, [metric]: info },
      series: out.series.map((s) => retypeSeries(s, metric, info.type))
    };
  }
  return out;
}

// src/ingest/validate.ts
var import_ajv = __toESM(require_ajv(), 1);

// schemas/run-summary.schema.json
var run_summary_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://github.com/org/perf-gate/schemas/run-summary.schema.json",
  title: "perf-gate RunSummary (the baseline format)",
  description: "One k6 run reduced to mergeable histograms, counts and per-window statistics. Version 1.",
  type: "object",
  required: [
    "schemaVersion",
    "producer",
    "k6",
    "run",
    "fingerprint",
    "windowSeconds",
    "metrics",
    "series",
    "thresholds",
    "ingest",
    "warnings"
  ],
  properties: {
    schemaVersion: {
      const: 1
    },
    producer: {
      type: "object",
      required: ["name", "version"],
      properties: {
        name: {
          const: "perf-gate"
        },
        version: {
          type: "string"
        }
      }
    },
    k6: {
      type: "object",
      properties: {
        version: {
          type: "string"
        }
      }
    },
    tool: {
      description: "Optional: the load generator when it is not k6 (absent means k6). vegeta is an open-model generator: requests are sent on schedule whatever the latency.",
      type: "object",
      required: ["name"],
      properties: {
        name: {
          const: "vegeta"
        },
        version: {
          type: "string"
        }
      }
    },
    run: {
      type: "object",
      required: ["start", "end", "durationSeconds", "warmupSeconds"],
      properties: {
        start: {
          type: "string",
          format: "date-time"
        },
        end: {
          type: "string",
          format: "date-time"
        },
        durationSeconds: {
          type: "number",
          exclusiveMinimum: 0
        },
        warmupSeconds: {
          type: "number",
          minimum: 0
        }
      }
    },
    git: {
      type: "object",
      properties: {
        commit: {
          type: "string"
        },
        ref: {
          type: "string"
        }
      }
    },
    fingerprint: {
      type: "object",
      required: ["scenarios", "hash"],
      properties: {
        scriptHash: {
          type: "string"
        },
        scenarios: {
          type: "object",
          additionalProperties: {
            type: "object"
          }
        },
        hash: {
          type: "string"
        }
      }
    },
    windowSeconds: {
      type: "number",
      exclusiveMinimum: 0
    },
    metrics: {
      type: "object",
      additionalProperties: {
        type: "object",
        required: ["type", "contains"],
        properties: {
          type: {
            enum: ["trend", "rate", "counter", "gauge"]
          },
          contains: {
            enum: ["time", "data", "default"]
          },
          thresholds: {
            type: "array",
            maxItems: 20,
            items: {
              type: "string",
              maxLength: 200
            }
          }
        }
      }
    },
    series: {
      type: "array",
      minItems: 1,
      items: {
        $ref: "#/definitions/series"
      }
    },
    thresholds: {
      type: "array",
      items: {
        type: "object",
        required: ["metric", "expression", "ok"],
        properties: {
          metric: {
            type: "string"
          },
          expression: {
            type: "string"
          },
          ok: {
            type: "boolean"
          }
        }
      }
    },
    ingest: {
      type: "object",
      required: [
        "lines",
        "samples",
        "skippedLines",
        "excludedSetupTeardown",
        "excludedWarmup",
        "truncated",
        "shards"
      ],
      properties: {
        lines: {
          type: "integer",
          minimum: 0
        },
        samples: {
          type: "integer",
          minimum: 0
        },
        skippedLines: {
          type: "integer",
          minimum: 0
        },
        excludedSetupTeardown: {
          type: "integer",
          minimum: 0
        },
        excludedWarmup: {
          type: "integer",
          minimum: 0
        },
        truncated: {
          type: "boolean"
        },
        shards: {
          type: "integer",
          minimum: 1
        }
      }
    },
    warnings: {
      type: "array",
      items: {
        type: "string"
      }
    },
    server: {
      $ref: "#/definitions/server"
    },
    generator: {
      description: "Optional: k6's own CPU during a live run, from Linux /proc.",
      type: "object",
      required: ["cpuSeconds", "wallSeconds"],
      properties: {
        cpuSeconds: {
          type: "number",
          minimum: 0
        },
        wallSeconds: {
          type: "number",
          minimum: 0
        },
        cpusAllowed: {
          type: "integer",
          minimum: 1
        },
        runQueueWaitShare: {
          type: "number",
          minimum: 0,
          maximum: 1
        }
      }
    },
    execution: {
      description: "Optional (added with the run-health check; absent in older summaries and for results read from files): what the load generator said about the run beside its samples.",
      type: "object",
      required: ["exceptions"],
      properties: {
        exceptions: {
          description: "Uncaught script exceptions k6 logged inside iterations.",
          type: "integer",
          minimum: 0
        },
        firstException: {
          description: "The first exception's message, with its stack.",
          type: "string"
        },
        scheduledSeconds: {
          description: "Seconds the scenarios were scheduled to run (fixed durations and stages); absent when the workload ends by itself.",
          type: "number",
          minimum: 0
        },
        command: {
          description: "How to repeat the run by hand, e.g. k6 run script.js.",
          type: "string"
        }
      }
    },
    capacity: {
      type: "object",
      description: "Capacity mode only (perf-gate capacity): the search for the maximum sustained rate under the objectives. Optional, additive: the rest of the summary is the step at the rate reported.",
      required: [
        "slos",
        "exec",
        "settings",
        "estimate",
        "brokeFirst",
        "margins",
        "generatorLimited",
        "steps"
      ],
      properties: {
        slos: {
          type: "array",
          items: {
            type: "string",
            maxLength: 200
          },
          maxItems: 50
        },
        exec: {
          type: "string",
          maxLength: 200
        },
        settings: {
          type: "object",
          required: ["from", "to", "factor", "resolution", "maxSteps", "stepSeconds", "warmupSeconds"],
          properties: {
            from: {
              type: "number"
            },
            to: {
              type: "number"
            },
            factor: {
              type: "number"
            },
            resolution: {
              type: "number"
            },
            maxSteps: {
              type: "number"
            },
            stepSeconds: {
              type: "number"
            },
            warmupSeconds: {
              type: "number"
            }
          }
        },
        estimate: {
          $ref: "#/definitions/capacityEstimate"
        },
        brokeFirst: {
          type: "array",
          items: {
            type: "string",
            maxLength: 200
          },
          maxItems: 51,
          description: "What failed at the lowest failing rate: objectives as written, or `throughput` (achieved below offered)."
        },
        margins: {
          oneOf: [
            {
              type: "null"
            },
            {
              type: "array",
              maxItems: 50,
              items: {
                $ref: "#/definitions/capacitySloAtStep"
              }
            }
          ]
        },
        generatorLimited: {
          type: ["number", "null"]
        },
        steps: {
          type: "array",
          maxItems: 200,
          items: {
            $ref: "#/definitions/capacityStep"
          }
        },
        bottleneck: {
          type: "object",
          description: "With server-metrics: what the service's own metrics show ran out at the breaking rate, in triage order (application CPU, database connections, GC, inside the service, queueing in front of the handlers).",
          required: ["resource", "evidence"],
          properties: {
            resource: {
              type: "string",
              maxLength: 200
            },
            evidence: {
              type: "string",
              maxLength: 600
            }
          }
        }
      }
    }
  },
  definitions: {
    server: {
      description: "Optional, additive: the service's Prometheus metrics during the run (docs/ingestion.md, 'Server-side metrics'). Versioned on its own.",
      type: "object",
      required: ["schemaVersion", "targets"],
      properties: {
        schemaVersion: {
          const: 1
        },
        targets: {
          type: "array",
          items: {
            type: "object",
            required: [
              "target",
              "source",
              "intervalSeconds",
              "scrapes",
              "failures",
              "windows",
              "counters",
              "gauges",
              "routes",
              "efficiency"
            ],
            properties: {
              target: {
                type: "string"
              },
              name: {
                type: "string",
                maxLength: 200,
                description: "The target's stable role (server-metrics name=url), used to pair it with the baseline's."
              },
              source: {
                enum: ["scrape", "promql"]
              },
              intervalSeconds: {
                type: "number",
                exclusiveMinimum: 0
              },
              scrapes: {
                type: "integer",
                minimum: 0
              },
              failures: {
                type: "integer",
                minimum: 0
              },
              lastError: {
                type: "string"
              },
              windows: {
                type: "array",
                items: {
                  type: "object",
                  required: ["start", "requests", "counters"],
                  properties: {
                    start: {
                      type: "number"
                    },
                    requests: {
                      type: "number",
                      minimum: 0
                    },
                    counters: {
                      type: "object",
                      additionalProperties: {
                        type: "number"
                      }
                    }
                  }
                }
              },
              counters: {
                type: "object",
                additionalProperties: {
                  type: "number"
                }
              },
              gauges: {
                type: "object",
                additionalProperties: {
                  type: "object",
                  required: ["mean", "max", "first", "last"],
                  properties: {
                    mean: {
                      type: "number"
                    },
                    max: {
                      type: "number"
                    },
                    first: {
                      type: "number"
                    },
                    last: {
                      type: "number"
                    }
                  }
                }
              },
              routes: {
                type: "array",
                items: {
                  type: "object",
                  required: ["metric", "route", "buckets", "count", "sum", "quantiles", "resolution"],
                  properties: {
                    metric: {
                      type: "string"
                    },
                    route: {
                      type: "object",
                      additionalProperties: {
                        type: "string"
                      }
                    },
                    buckets: {
                      type: "array",
                      items: {
                        type: "array",
                        minItems: 2,
                        maxItems: 2,
                        items: [
                          {
                            type: ["number", "null"]
                          },
                          {
                            type: "number"
                          }
                        ]
                      }
                    },
                    count: {
                      type: "number"
                    },
                    sum: {
                      type: "number"
                    },
                    quantiles: {
                      type: "object",
                      additionalProperties: {
                        type: "number"
                      }
                    },
                    resolution: {
                      type: "object",
                      additionalProperties: {
                        type: "number"
                      }
                    }
                  }
                }
              },
              efficiency: {
                type: "object",
                properties: {
                  cpuSecondsPerRequest: {
                    type: "number"
                  },
                  coresUsed: {
                    type: "number"
                  },
                  memoryGrowthBytes: {
                    type: "number"
                  },
                  gcTimeShare: {
                    type: "number"
                  },
                  goroutinesMax: {
                    type: "number"
                  },
                  eventLoopLagMaxSeconds: {
                    type: "number"
                  }
                }
              }
            }
          }
        }
      }
    },
    histogram: {
      type: "object",
      required: ["alpha", "count", "sum", "min", "max", "zero", "pos", "neg"],
      properties: {
        alpha: {
          type: "number",
          exclusiveMinimum: 0,
          exclusiveMaximum: 1
        },
        count: {
          type: "number",
          minimum: 0
        },
        sum: {
          type: "number"
        },
        min: {
          type: "number"
        },
        max: {
          type: "number"
        },
        zero: {
          type: "number",
          minimum: 0
        },
        pos: {
          type: "array",
          items: {
            type: "number"
          }
        },
        neg: {
          type: "array",
          items: {
            type: "number"
          }
        }
      }
    },
    histograms: {
      type: "object",
      additionalProperties: {
        $ref: "#/definitions/histogram"
      }
    },
    rates: {
      type: "object",
      additionalProperties: {
        type: "object",
        required: ["passes", "total"],
        properties: {
          passes: {
            type: "number",
            minimum: 0
          },
          total: {
            type: "number",
            minimum: 0
          }
        }
      }
    },
    series: {
      type: "object",
      required: ["key", "trends", "failedTrends", "rates", "counters", "gauges", "windows"],
      properties: {
        key: {
          type: "object",
          additionalProperties: {
            type: "string"
          }
        },
        pooled: {
          type: "boolean"
        },
        trends: {
          $ref: "#/definitions/histograms"
        },
        failedTrends: {
          $ref: "#/definitions/histograms"
        },
        rates: {
          $ref: "#/definitions/rates"
        },
        counters: {
          type: "object",
          additionalProperties: {
            type: "number"
          }
        },
        gauges: {
          type: "object",
          additionalProperties: {
            type: "number"
          }
        },
        windows: {
          type: "array",
          items: {
            type: "object",
            required: ["start", "requests", "failed", "trends", "rates"],
            properties: {
              start: {
                type: "number"
              },
              requests: {
                type: "number",
                minimum: 0
              },
              failed: {
                type: "number",
                minimum: 0
              },
              iterations: {
                type: "number",
                minimum: 0
              },
              trends: {
                $ref: "#/definitions/histograms"
              },
              rates: {
                $ref: "#/definitions/rates"
              }
            }
          }
        }
      }
    },
    capacityEstimate: {
      type: "object",
      required: ["rate", "low", "high"],
      description: "Requests per second: rate is the highest rate shown sustainable; [low, high] the bracket the search ended in (high null: no rate up to `to` broke an objective).",
      properties: {
        rate: {
          type: "number"
        },
        low: {
          type: "number"
        },
        high: {
          type: ["number", "null"]
        }
      }
    },
    capacityStep: {
      type: "object",
      required: [
        "offered",
        "achieved",
        "seconds",
        "requests",
        "errorRate",
        "p50",
        "p95",
        "p99",
        "dropped",
        "slos",
        "verdict",
        "reason"
      ],
      properties: {
        offered: {
          type: "number",
          description: "Iterations of the driven function per second asked of k6 (constant-arrival-rate): every rate of a capacity search is in iterations/s."
        },
        achieved: {
          type: "number",
          description: "Iterations completed per second over the measured part of the step, in the offered rate's unit (summaries stored before 2026-12 hold requests per second)."
        },
        seconds: {
          type: "number",
          description: "Seconds measured, after the step's warm-up."
        },
        requests: {
          type: "number"
        },
        errorRate: {
          type: ["number", "null"]
        },
        p50: {
          type: ["number", "null"],
          description: "http_req_duration of successful requests, ms."
        },
        p95: {
          type: ["number", "null"]
        },
        p99: {
          type: ["number", "null"]
        },
        dropped: {
          type: "number",
          description: "k6's dropped_iterations: iterations it could not start for lack of a free VU."
        },
        slos: {
          type: "array",
          maxItems: 50,
          items: {
            $ref: "#/definitions/capacitySloAtStep"
          }
        },
        verdict: {
          enum: ["met", "broken", "generator-limited"],
          description: "generator-limited: k6 dropped iterations while every objective held (the generator, not the service, fell short)."
        },
        reason: {
          type: "string",
          maxLength: 2e3
        },
        server: {
          type: "object",
          description: "With server-metrics: what the service's first scraped target said during the step.",
          required: ["target"],
          properties: {
            target: {
              type: "string",
              maxLength: 300
            },
            coresUsed: {
              type: "number"
            },
            coresUsable: {
              type: "number"
            },
            handlerP95Ms: {
              type: "number"
            },
            eventLoopLagMaxMs: {
              type: "number"
            },
            gcTimeShare: {
              type: "number"
            },
            poolWaits: {
              type: "number"
            }
          }
        }
      }
    },
    capacitySloAtStep: {
      type: "object",
      required: ["slo", "value", "low", "high", "limit", "margin", "verdict"],
      properties: {
        slo: {
          type: "string",
          maxLength: 200
        },
        value: {
          type: ["number", "null"]
        },
        low: {
          type: ["number", "null"]
        },
        high: {
          type: ["number", "null"]
        },
        limit: {
          type: "number"
        },
        margin: {
          type: ["number", "null"],
          description: "(limit - value) / limit: the headroom left; negative when broken."
        },
        verdict: {
          enum: ["met", "broken", "unclear"],
          description: "met: the whole interval over the step's windows is within the limit; broken: all of it beyond."
        }
      }
    }
  }
};

// src/ingest/finite.ts
function nonFiniteAt(json) {
  const stack = [{ value: json, path: "" }];
  for (let next = stack.pop(); next !== void 0; next = stack.pop()) {
    const { value, path } = next;
    if (typeof value === "number") {
      if (!Number.isFinite(value)) return path || "(top level)";
    } else if (typeof value === "object" && value !== null) {
      const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v]) : Object.entries(value);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i];
        stack.push({ value: child, path: path ? `${path}.${key}` : key });
      }
    }
  }
  return void 0;
}

// src/ingest/validate.ts
var compiled;
function validator() {
  compiled ??= new import_ajv.Ajv({ allErrors: false, strict: false, validateFormats: false }).compile(run_summary_schema_default);
  return compiled;
}
function parseRunSummary(json, source) {
  const version = json?.schemaVersion;
  if (typeof version === "number" && version !== RUN_SUMMARY_SCHEMA_VERSION) {
    throw new PerfGateError(
      `${source} is a run summary of schema version ${version}; this perf-gate reads version ${RUN_SUMMARY_SCHEMA_VERSION}`,
      version > RUN_SUMMARY_SCHEMA_VERSION ? "Upgrade perf-gate" : "Re-create the baseline with this perf-gate (--save-baseline)"
    );
  }
  const validate = validator();
  if (!validate(json)) {
    const e = validate.errors?.[0];
    const field = e?.instancePath ? e.instancePath.slice(1).replace(/\//g, ".") : "(top level)";
    throw new PerfGateError(
      `${source} is not a valid perf-gate run summary: ${field} ${e?.message ?? "is invalid"}`,
      "Re-create it with `perf-gate summarize` or a new baseline run"
    );
  }
  const infinite = nonFiniteAt(json);
  if (infinite !== void 0)
    throw new PerfGateError(
      `${source} is not a valid perf-gate run summary: ${infinite} is not a finite number`,
      "Re-create it with `perf-gate summarize` or a new baseline run"
    );
  const summary = json;
  summary.series.forEach((s, i) => {
    for (const [kind, map] of [
      ["trends", s.trends],
      ["failedTrends", s.failedTrends]
    ]) {
      for (const [metric, h] of Object.entries(map))
        checkHistogram(h, `${source}: series.${i}.${kind}.${metric}`);
    }
  });
  return summary;
}
function checkHistogram(h, where) {
  try {
    Histogram.fromJSON(h);
  } catch (err) {
    throw new PerfGateError(`${where}: ${err.message}`, "The file is damaged; re-create it");
  }
}

// src/ingest/index.ts
var MAX_CORRUPT_FRACTION = 0.01;
var DEFAULT_WINDOW_SECONDS = 1;
var DEFAULT_WARMUP_SECONDS = 0;
async function summarizeLines(batches, label, report, options = {}) {
  const builderFor = (vegeta2) => new RunSummaryBuilder({
    warmupSeconds: options.warmupSeconds ?? DEFAULT_WARMUP_SECONDS,
    windowSeconds: options.windowSeconds ?? DEFAULT_WINDOW_SECONDS,
    maxSeries: options.maxSeries ?? DEFAULT_MAX_SERIES,
    producerVersion: PRODUCT_VERSION,
    k6Version: vegeta2 ? void 0 : options.k6Version,
    git: options.git,
    fingerprint: vegeta2 ? options.vegeta?.fingerprint ?? vegetaFingerprint(void 0) : computeFingerprint(options.scriptContent, options.k6Options),
    ...vegeta2 ? { tool: { name: "vegeta", version: options.vegeta?.version } } : {}
  });
  let format;
  let builder;
  let folder;
  let parse;
  let lines = 0;
  let corrupt = 0;
  let lastCorrupt = false;
  let linesAtProgress = 0;
  const start = (first) => {
    format = options.format ?? detectFormat(first) ?? "k6-csv";
    const vegeta2 = format.startsWith("vegeta");
    const b2 = builderFor(vegeta2);
    builder = b2;
    if (vegeta2) {
      const fold = new VegetaFolder(b2);
      folder = fold;
      const parser2 = format === "vegeta-json" ? new VegetaJsonLineParser() : new VegetaCsvLineParser();
      return (line) => {
        const parsed = parser2.parse(line);
        if (parsed.kind === "result") fold.add(parsed.result);
        return parsed.kind === "corrupt" ? "corrupt" : true;
      };
    }
    const parser = format === "k6-json" ? new K6JsonLineParser() : new K6CsvLineParser();
    return (line) => {
      const parsed = parser.parse(line);
      if (parsed.kind === "sample") b2.add(parsed.sample);
      else if (parsed.kind === "metric") b2.declare(parsed.metric);
      return parsed.kind === "corrupt" ? "corrupt" : true;
    };
  };
  for await (const batch of batches) {
    for (const line of batch) {
      lines++;
      if (parse === void 0) {
        if (line.trim() === "") continue;
        parse = start(line);
      }
      lastCorrupt = parse(line) === "corrupt";
      if (lastCorrupt) corrupt++;
    }
    if (options.onProgress && lines > linesAtProgress) {
      linesAtProgress = lines;
      options.onProgress({ lines, samples: builder?.samples ?? 0, soFar: () => builder?.soFar() ?? {} });
    }
  }
  options.onProgress?.({ lines, samples: builder?.samples ?? 0, soFar: () => builder?.soFar() ?? {} });
  const vegeta = folder !== void 0;
  const tool = vegeta ? "vegeta" : "k6";
  const what = vegeta ? "vegeta results" : "k6 samples";
  const b = builder ?? builderFor(false);
  const warnings = [];
  const cutOff = report.truncatedLastLine && lastCorrupt;
  if (cutOff) corrupt--;
  if (cutOff || report.gzipUnfinished) {
    warnings.push(
      `${label} ends abruptly (${report.gzipUnfinished ? "gzip stream without its end" : "last line cut off"}): ${tool} was probably stopped; everything before the cut was summarized`
    );
  }
  if (lines === 0 || b.samples + b.excludedWarmup + b.excludedSetupTeardown === 0) {
    throw new PerfGateError(
      `no k6 samples or vegeta results in ${label}${corrupt > 0 ? ` (${corrupt} unreadable lines)` : ""}`,
      "Pass the file k6 wrote with --out json=<file> (or csv=<file>), or vegeta results encoded with `vegeta encode --to json` (or csv)"
    );
  }
  if (corrupt > 0) {
    const fraction = corrupt / lines;
    if (fraction > MAX_CORRUPT_FRACTION) {
      throw new PerfGateError(
        `${label} has ${corrupt} corrupt lines out of ${lines} (${(fraction * 100).toFixed(1)}%, more than ${MAX_CORRUPT_FRACTION * 100}%)`,
        vegeta ? "The file is damaged or not vegeta results; encode them again with `vegeta encode --to json`" : "The file is damaged or not k6 output; re-run k6 with --out json=<file>"
      );
    }
    warnings.push(`${corrupt} corrupt line(s) in ${label} were skipped`);
  }
  if (b.samples === 0) {
    throw new PerfGateError(
      `no ${what} in ${label} after ${b.excludedWarmup > 0 ? "the warm-up" : "setup and teardown"}`,
      "Check that the script does its work in the default function or a scenario, and that --warmup is shorter than the test"
    );
  }
  const summary = b.finish({
    lines,
    skippedLines: corrupt,
    truncated: cutOff || report.gzipUnfinished,
    warnings
  });
  return { summary, ignoredMetrics: b.ignoredMetrics() };
}
function mergeRunSummaries2(shards) {
  const hashes = new Set(shards.map((s) => s.fingerprint.hash));
  if (hashes.size > 1) {
    throw new PerfGateError(
      `the ${shards.length} results have ${hashes.size} different workload fingerprints: they are not shards of one test`,
      "Merge only the outputs of one k6 test split with --execution-segment"
    );
  }
  try {
    return mergeRunSummaries(shards);
  } catch (err) {
    throw new PerfGateError(
      `cannot merge: ${err.message}`,
      "Summarize every shard with the same --window"
    );
  }
}

// src/pipeline/progress.ts
function formatCount(n) {
  return n.toLocaleString("en-US");
}
function progressLine(seconds, planned, p) {
  const when = `${seconds.toFixed(0)} s${planned ? ` of ${Math.round(planned)}` : ""}`;
  const what = p.requests !== void 0 ? `${formatCount(p.requests)} requests${p.p95Ms !== void 0 ? `, p95 so far ${p.p95Ms >= 100 ? p95Round(p.p95Ms) : p.p95Ms.toPrecision(2)} ms` : ""}` : `${formatCount(p.samples)} samples`;
  return `k6 running: ${when}, ${what}`;
}
var p95Round = (ms2) => Math.round(ms2).toString();

// src/ingest/k6-duration.ts
var UNIT_SECONDS = {
  ns: 1e-9,
  us: 1e-6,
  \u00B5s: 1e-6,
  \u03BCs: 1e-6,
  ms: 1e-3,
  s: 1,
  m: 60,
  h: 3600,
  d: 86400
};
function k6DurationSeconds(value) {
  if (typeof value === "number") return Number.isFinite(value) && value >= 0 ? value / 1e3 : void 0;
  if (typeof value !== "string") return void 0;
  const text2 = value.trim();
  if (/^\d+(\.\d+)?$/.test(text2)) return Number(text2) / 1e3;
  const part = /(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h|d)/gy;
  let total = 0;
  let matched = 0;
  for (let m = part.exec(text2); m; m = part.exec(text2)) {
    total += Number(m[1]) * UNIT_SECONDS[m[2]];
    matched += m[0].length;
  }
  return matched > 0 && matched === text2.length ? total : void 0;
}
function fixedLength(s) {
  const stages = Array.isArray(s.stages) ? s.stages : void 0;
  return k6DurationSeconds(s.duration) ?? (stages ? stages.reduce((sum2, st) => sum2 + (k6DurationSeconds(st.duration) ?? 0), 0) : void 0);
}
function latestEnd(k6Options, lengthOf) {
  const scenarios = k6Options?.scenarios;
  if (!scenarios || typeof scenarios !== "object") return void 0;
  let end;
  for (const s of Object.values(scenarios)) {
    if (!s || typeof s !== "object") continue;
    const length = lengthOf(s);
    if (length === void 0) continue;
    end = Math.max(end ?? 0, (k6DurationSeconds(s.startTime) ?? 0) + length);
  }
  return end;
}
var plannedSeconds = (k6Options) => latestEnd(k6Options, (s) => fixedLength(s) ?? k6DurationSeconds(s.maxDuration));
var scheduledSeconds = (k6Options) => latestEnd(k6Options, fixedLength);

// src/io/line-source.ts
import { createReadStream } from "node:fs";
import { createGunzip, constants as zlib } from "node:zlib";
async function* readLineBatches(source, report) {
  let input;
  if (typeof source !== "string") input = source;
  else if (source === "-") input = process.stdin;
  else {
    input = createReadStream(source, { highWaterMark: 1 << 16 });
  }
  const opened = new Promise((resolve13, reject) => {
    input.once("error", reject);
    input.once("readable", () => resolve13());
    input.once("end", () => resolve13());
  });
  try {
    await opened;
  } catch (err) {
    const code = err.code;
    throw new PerfGateError(
      code === "ENOENT" ? `k6 output not found: ${source}` : `cannot read k6 output ${source}: ${err.message}`,
      "Check the path; k6 writes it with --out json=<file>"
    );
  }
  const first = input.read();
  let stream = input;
  if (first) input.unshift(first);
  if (first && first.length >= 2 && first[0] === 31 && first[1] === 139) {
    const gunzip = createGunzip({ finishFlush: zlib.Z_SYNC_FLUSH });
    gunzip.on("error", () => {
      report.gzipUnfinished = true;
      gunzip.end();
    });
    input.on("end", () => void 0);
    stream = input.pipe(gunzip);
  }
  stream.setEncoding("utf8");
  const partial = [];
  try {
    for await (const chunk of stream) {
      report.bytes += chunk.length;
      const batch = [];
      let start = 0;
      let nl = chunk.indexOf("\n");
      if (nl !== -1 && partial.length > 0) {
        partial.push(chunk.slice(0, nl));
        batch.push(partial.join(""));
        partial.length = 0;
        start = nl + 1;
        nl = chunk.indexOf("\n", start);
      }
      for (; nl !== -1; nl = chunk.indexOf("\n", start)) {
        batch.push(chunk.slice(start, nl));
        start = nl + 1;
      }
      if (start < chunk.length) partial.push(chunk.slice(start));
      if (batch.length > 0) yield batch;
    }
  } catch (err) {
    const code = err.code;
    if (code === "Z_BUF_ERROR" || code === "Z_DATA_ERROR" || /unexpected end/i.test(String(err)))
      report.gzipUnfinished = true;
    else
      throw new PerfGateError(`cannot read k6 output ${source}: ${err.message}`, "Check the file");
  }
  if (partial.length > 0) {
    report.truncatedLastLine = true;
    yield [partial.join("")];
  }
}

// src/io/k6-output.ts
async function summarizeK6Output(source, options = {}) {
  const report = { truncatedLastLine: false, gzipUnfinished: false, bytes: 0 };
  const label = source === "-" ? "standard input" : source;
  const { summary, ignoredMetrics } = await summarizeLines(
    readLineBatches(source, report),
    label,
    report,
    options
  );
  for (const [metric, type] of ignoredMetrics)
    options.logger?.debug(`metric ${metric} has unknown type ${type}: ignored`);
  return summary;
}

// src/io/k6-exit-codes.ts
var MEANINGS = {
  97: "the cloud test failed",
  98: "the cloud test progress could not be read",
  99: "k6's thresholds failed",
  100: "setup() timed out",
  101: "teardown() timed out",
  102: "a timeout was reached",
  103: "the test was stopped through the REST API",
  104: "the k6 configuration is invalid (options or a threshold expression)",
  105: "k6 was interrupted (SIGINT/SIGTERM)",
  106: "k6's REST API could not start",
  107: "the script threw an exception (in init, setup or teardown) or could not be loaded",
  108: "the script called test.abort()",
  109: "k6 crashed (Go panic)",
  110: "the script called exec.test.fail()",
  255: "k6 failed with an uncoded error"
};
var K6_THRESHOLDS_FAILED = 99;
function k6RunCompleted(code) {
  return code === 0 || code === K6_THRESHOLDS_FAILED;
}
function describeK6Exit(code) {
  return MEANINGS[code] ?? `k6 exited with code ${code}`;
}

// src/ingest/prometheus-text.ts
var NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*/;
var LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*/;
var TYPES = /* @__PURE__ */ new Set([
  "counter",
  "gauge",
  "histogram",
  "summary",
  "untyped",
  "unknown",
  "info",
  "stateset",
  "gaugehistogram"
]);
function parsePromValue(text2) {
  const t = text2.trim();
  const unsigned = t[0] === "+" || t[0] === "-" ? t.slice(1) : t;
  const word = unsigned.toLowerCase();
  if (word === "inf") return t[0] === "-" ? -Infinity : Infinity;
  if (word === "nan" && unsigned === t) return NaN;
  if (!isDecimal(unsigned) && !/^0x[0-9a-f]+$/i.test(unsigned)) return void 0;
  const n = Number(t);
  return Number.isFinite(n) ? n : void 0;
}
var isDigit = (c) => c !== void 0 && c >= "0" && c <= "9";
function isDecimal(s) {
  let i = 0;
  const digits = () => {
    const from = i;
    while (isDigit(s[i])) i++;
    return i - from;
  };
  let mantissa = digits();
  if (s[i] === ".") {
    i++;
    mantissa += digits();
  }
  if (mantissa === 0) return false;
  if (s[i] === "e" || s[i] === "E") {
    i++;
    if (s[i] === "+" || s[i] === "-") i++;
    if (digits() === 0) return false;
  }
  return i === s.length;
}
function parseLabels(s) {
  const labels = {};
  let i = 1;
  for (; ; ) {
    while (s[i] === " " || s[i] === "	") i++;
    if (s[i] === "}") return { labels, end: i + 1 };
    const m = LABEL_NAME.exec(s.slice(i));
    if (!m) return void 0;
    const name = m[0];
    i += name.length;
    while (s[i] === " ") i++;
    if (s[i] !== "=") return void 0;
    i++;
    while (s[i] === " ") i++;
    if (s[i] !== '"') return void 0;
    i++;
    let value = "";
    for (; ; ) {
      const c = s[i];
      if (c === void 0) return void 0;
      if (c === '"') break;
      if (c === "\\") {
        const next = s[i + 1];
        if (next === "n") value += "\n";
        else if (next === "\\" || next === '"') value += next;
        else return void 0;
        i += 2;
        continue;
      }
      value += c;
      i++;
    }
    i++;
    labels[name] = value;
    while (s[i] === " ") i++;
    if (s[i] === ",") i++;
    else if (s[i] !== "}") return void 0;
  }
}
function parseSampleLine(line) {
  const m = NAME.exec(line);
  if (!m) return void 0;
  const name = m[0];
  let rest = line.slice(name.length);
  let labels = {};
  if (rest.startsWith("{")) {
    const parsed = parseLabels(rest);
    if (!parsed) return void 0;
    labels = parsed.labels;
    rest = rest.slice(parsed.end);
  }
  const hash = rest.indexOf(" # ");
  if (hash >= 0) rest = rest.slice(0, hash);
  const fields = rest.trim().split(/\s+/);
  if (fields.length < 1 || fields.length > 2 || fields[0] === "") return void 0;
  const value = parsePromValue(fields[0]);
  if (value === void 0) return void 0;
  if (fields.length === 2 && parsePromValue(fields[1]) === void 0) return void 0;
  return { name, labels, value };
}
var KEYWORDS = /* @__PURE__ */ new Set(["HELP", "TYPE", "UNIT", "EOF"]);
var isSpace = (c) => c !== void 0 && /\s/.test(c);
var isWordChar = (c) => c !== void 0 && /\w/.test(c);
function parseCommentLine(line) {
  let i = 1;
  while (isSpace(line[i])) i++;
  const keywordStart = i;
  while (i - keywordStart < 4 && /[A-Z]/.test(line[i] ?? "")) i++;
  const keyword = line.slice(keywordStart, i);
  if (!KEYWORDS.has(keyword) || isWordChar(line[i])) return void 0;
  while (isSpace(line[i])) i++;
  const nameStart = i;
  while (i < line.length && !isSpace(line[i])) i++;
  const name = line.slice(nameStart, i);
  while (isSpace(line[i])) i++;
  return { keyword, name, rest: line.slice(i) };
}
function parsePrometheusText(text2) {
  const samples = [];
  const families = /* @__PURE__ */ new Map();
  let invalidLines = 0;
  let eof = false;
  const family = (name) => {
    let f2 = families.get(name);
    if (!f2) {
      f2 = { name, type: "untyped" };
      families.set(name, f2);
    }
    return f2;
  };
  for (const raw of text2.split("\n")) {
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (line.trim() === "") continue;
    if (line.startsWith("#")) {
      const comment = parseCommentLine(line);
      if (comment === void 0) continue;
      const { keyword, name, rest } = comment;
      if (keyword === "EOF") {
        eof = true;
        break;
      }
      if (!NAME.test(name)) {
        invalidLines++;
        continue;
      }
      if (keyword === "TYPE") {
        const type = rest.trim().toLowerCase();
        if (TYPES.has(type)) family(name).type = type;
        else invalidLines++;
      } else if (keyword === "HELP") family(name).help = rest.replace(/\\n/g, "\n").replace(/\\\\/g, "\\");
      else family(name).unit = rest.trim();
      continue;
    }
    const sample2 = parseSampleLine(line);
    if (sample2) samples.push(sample2);
    else invalidLines++;
  }
  return { samples, families, invalidLines, eof };
}
var SUFFIXES = ["_total", "_bucket", "_count", "_sum", "_created", "_info", "_gcount", "_gsum"];
function familyOf(exposition, sampleName) {
  const own = exposition.families.get(sampleName);
  if (own) return own;
  for (const suffix of SUFFIXES) {
    if (sampleName.endsWith(suffix)) {
      const f2 = exposition.families.get(sampleName.slice(0, -suffix.length));
      if (f2) return f2;
    }
  }
  return void 0;
}

// src/ingest/server-scrapes.ts
var MAX_SERIES_PER_TARGET = 2e3;
var MAX_COUNTERS = 200;
var MAX_GAUGES = 200;
var MAX_ROUTES2 = 50;
var WINDOW_COUNTERS = [
  "process_cpu_seconds_total",
  "go_gc_duration_seconds_sum",
  "nodejs_gc_duration_seconds_sum"
];
var EFFICIENCY_GAUGES = ["process_resident_memory_bytes", "go_goroutines", "nodejs_eventloop_lag_seconds"];
var ESSENTIAL = /* @__PURE__ */ new Set([...WINDOW_COUNTERS, ...EFFICIENCY_GAUGES]);
var labelId = (labels) => JSON.stringify(Object.entries(labels).sort());
function isCounterSample(exposition, name) {
  const family = familyOf(exposition, name);
  if (!family) return name.endsWith("_total");
  if (family.type === "counter") return true;
  if (family.type === "histogram" || family.type === "summary")
    return name.endsWith("_sum") || name.endsWith("_count");
  return family.type === "untyped" && name.endsWith("_total");
}
function isRouteHistogram(name) {
  return /http|request|response/i.test(name) && !/size|bytes/i.test(name);
}
function bucketBound(le) {
  const bound = le === void 0 ? void 0 : parsePromValue(le);
  return bound === void 0 || Number.isNaN(bound) ? void 0 : bound;
}
var ServerScrapes = class {
  constructor(target, source, intervalSeconds, maxSeries = MAX_SERIES_PER_TARGET, name) {
    this.target = target;
    this.source = source;
    this.intervalSeconds = intervalSeconds;
    this.maxSeries = maxSeries;
    this.name = name;
  }
  target;
  source;
  intervalSeconds;
  maxSeries;
  name;
  /** Scrapes attempted (answered or failed). */
  scrapes = 0;
  failures = 0;
  /** The failure with the latest time (the last one in time order). */
  lastError;
  /** The first and last time a scrape answered with samples: they bound the covered span. */
  firstAnswered;
  lastAnswered;
  counters = /* @__PURE__ */ new Map();
  gauges = /* @__PURE__ */ new Map();
  histograms = /* @__PURE__ */ new Map();
  /** Whether a series was dropped because the target had MAX_SERIES_PER_TARGET already. */
  seriesCapped = false;
  series = 0;
  /** PromQL mode: the queries that failed while others answered. */
  queryErrors = [];
  /** One scrape's body, read at time t (Unix seconds): parsed, reduced, and dropped. */
  addText(t, text2) {
    this.addExposition(t, parsePrometheusText(text2));
  }
  addFailure(t, error) {
    this.scrapes++;
    this.failures++;
    if (this.lastError === void 0 || t >= this.lastError.t) this.lastError = { t, error };
  }
  /** One answered scrape (or PromQL step). A scrape without samples counts but bounds nothing. */
  addExposition(t, exposition) {
    this.scrapes++;
    if (exposition.samples.length === 0) return;
    this.firstAnswered = Math.min(this.firstAnswered ?? t, t);
    this.lastAnswered = Math.max(this.lastAnswered ?? t, t);
    const gaugeSums = /* @__PURE__ */ new Map();
    for (const s of exposition.samples) {
      if (!Number.isFinite(s.value)) continue;
      const family = familyOf(exposition, s.name);
      if (family?.type === "histogram" && s.name === `${family.name}_bucket` && isRouteHistogram(family.name)) {
        const le = bucketBound(s.labels.le);
        if (le === void 0) continue;
        const { le: _le, ...route } = s.labels;
        this.addBucket(family.name, route, le, t, s.value);
      } else if (isCounterSample(exposition, s.name)) {
        this.addCounter(s.name, s.labels, t, s.value);
      } else if (family?.type === "gauge" || !family && !s.name.endsWith("_total")) {
        gaugeSums.set(s.name, (gaugeSums.get(s.name) ?? 0) + s.value);
      }
    }
    for (const [name, v] of gaugeSums) {
      let points = this.gauges.get(name);
      if (!points) {
        if (this.gauges.size >= MAX_GAUGES || !this.admit(name)) continue;
        points = [];
        this.gauges.set(name, points);
      }
      points.push(t, v);
    }
  }
  /** Whether one more series may be kept; the essential ones always are (and still count). */
  admit(name) {
    if (this.series >= this.maxSeries && !ESSENTIAL.has(name)) {
      this.seriesCapped = true;
      return false;
    }
    this.series++;
    return true;
  }
  addCounter(name, labels, t, value) {
    const bySeries = this.counters.get(name);
    if (!bySeries && this.counters.size >= MAX_COUNTERS) return;
    const id = labelId(labels);
    const points = bySeries?.get(id);
    if (points) {
      points.push(t, value);
      return;
    }
    if (!this.admit(name)) return;
    if (bySeries) bySeries.set(id, [t, value]);
    else this.counters.set(name, /* @__PURE__ */ new Map([[id, [t, value]]]));
  }
  addBucket(metric, route, le, t, value) {
    let byRoute = this.histograms.get(metric);
    if (!byRoute) {
      byRoute = /* @__PURE__ */ new Map();
      this.histograms.set(metric, byRoute);
    }
    const id = labelId(route);
    let entry2 = byRoute.get(id);
    if (!entry2) {
      if (byRoute.size >= MAX_ROUTES2) return;
      entry2 = { labels: route, byLe: /* @__PURE__ */ new Map() };
      byRoute.set(id, entry2);
    }
    let points = entry2.byLe.get(le);
    if (!points) {
      if (!this.admit(metric)) return;
      points = [];
      entry2.byLe.set(le, points);
    }
    points.push(t, value);
  }
};

// src/ingest/promql-matrix.ts
var DEFAULT_PROMQL = [
  { query: "process_cpu_seconds_total", type: "counter" },
  { query: "process_resident_memory_bytes", type: "gauge" },
  { query: "go_goroutines", type: "gauge" },
  { query: "go_gc_duration_seconds_sum", type: "summary" },
  { query: "nodejs_gc_duration_seconds_sum", type: "histogram" },
  { query: "nodejs_eventloop_lag_seconds", type: "gauge" },
  {
    query: '{__name__=~"http_.*(duration|latency)_seconds_bucket|http_.*(duration|latency)_seconds_sum"}',
    type: "histogram"
  }
];
function promqlQueries(userQueries = {}) {
  return [
    ...DEFAULT_PROMQL,
    ...Object.entries(userQueries).map(([name, query]) => ({ query, type: "gauge", name }))
  ];
}
function asMatrix(body) {
  const b = body;
  if (b?.status !== "success")
    return typeof b?.error === "string" ? b.error.slice(0, 300) : "not a Prometheus answer";
  if (b.data?.resultType !== "matrix" || !Array.isArray(b.data.result)) return "not a matrix";
  const out = [];
  for (const s of b.data.result) {
    const series2 = s;
    if (typeof series2.metric !== "object" || series2.metric === null || !Array.isArray(series2.values))
      continue;
    const metric = {};
    for (const [k, v] of Object.entries(series2.metric)) if (typeof v === "string") metric[k] = v;
    const values = series2.values.filter(
      (p) => Array.isArray(p) && typeof p[0] === "number" && typeof p[1] === "string"
    );
    out.push({ metric, values });
  }
  return out;
}
function promqlScrapes(target, step, times, answers) {
  const scrapes = new ServerScrapes(target, "promql", step);
  const samplesAt = new Map(times.map((t) => [t, []]));
  const families = /* @__PURE__ */ new Map();
  const errors = [];
  for (const answer of answers) {
    const q = answer.query;
    const matrix = "error" in answer ? answer.error : asMatrix(answer.body);
    if (typeof matrix === "string") {
      errors.push(`${q.name ?? q.query}: ${matrix}`);
      continue;
    }
    for (const series2 of matrix) {
      const { __name__: metricName, ...labels } = series2.metric;
      const name = q.name ?? metricName;
      if (!name) continue;
      const family = q.name ?? name.replace(/_(bucket|sum|count|total)$/, "");
      if (!families.has(family)) families.set(family, { name: family, type: q.name ? "gauge" : q.type });
      if (q.type === "counter" && !q.name) families.set(name, { name, type: "counter" });
      for (const [t, v] of series2.values) {
        const value = parsePromValue(v);
        if (value !== void 0) samplesAt.get(t)?.push({ name, labels, value });
      }
    }
  }
  const allFailed = answers.length > 0 && errors.length === answers.length;
  for (const t of times) {
    if (allFailed) {
      scrapes.addFailure(t, errors.at(-1));
      continue;
    }
    const exposition = {
      samples: samplesAt.get(t) ?? [],
      families,
      invalidLines: 0,
      eof: true
    };
    scrapes.addExposition(t, exposition);
  }
  if (errors.length > 0 && !allFailed) scrapes.queryErrors = errors;
  return scrapes;
}

// src/io/generator-monitor.ts
import { readdirSync, readFileSync as readFileSync2 } from "node:fs";
var TICKS_PER_SECOND = 100;
function read(path) {
  try {
    return readFileSync2(path, "utf8");
  } catch {
    return void 0;
  }
}
function k6Children() {
  const pids = [];
  let tasks = [];
  try {
    tasks = readdirSync("/proc/self/task");
  } catch {
    return [];
  }
  for (const tid of tasks) {
    for (const pid of (read(`/proc/self/task/${tid}/children`) ?? "").split(/\s+/).filter(Boolean)) {
      if ((read(`/proc/${pid}/comm`) ?? "").trim().startsWith("k6")) pids.push(Number(pid));
    }
  }
  return pids;
}
function sample(pid) {
  const stat2 = read(`/proc/${pid}/stat`);
  if (!stat2) return void 0;
  const fields = stat2.slice(stat2.lastIndexOf(")") + 2).split(" ");
  const cpu = (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  let run = 0;
  let wait = 0;
  let tids = [];
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    tids = [];
  }
  for (const tid of tids) {
    const [r, w] = (read(`/proc/${pid}/task/${tid}/schedstat`) ?? "").split(" ").map(Number);
    if (Number.isFinite(r) && Number.isFinite(w)) {
      run += r / 1e9;
      wait += w / 1e9;
    }
  }
  return Number.isFinite(cpu) ? { cpu, run, wait } : void 0;
}
function allowedCpus(pid) {
  const m = /Cpus_allowed_list:\s*(\S+)/.exec(read(`/proc/${pid}/status`) ?? "");
  if (!m) return void 0;
  let n = 0;
  for (const part of m[1].split(",")) {
    const [a, b] = part.split("-").map(Number);
    n += b === void 0 ? 1 : b - a + 1;
  }
  return n > 0 ? n : void 0;
}
function startGeneratorMonitor(intervalSeconds = 1) {
  const started = Date.now();
  let pid;
  let first;
  let last;
  let cpus;
  let firstAt = 0;
  let lastAt = 0;
  const tick = () => {
    pid ??= k6Children()[0];
    if (pid === void 0) return;
    const s = sample(pid);
    if (!s) return;
    cpus ??= allowedCpus(pid);
    if (!first) {
      first = s;
      firstAt = Date.now();
    }
    last = s;
    lastAt = Date.now();
  };
  const timer = setInterval(tick, intervalSeconds * 1e3);
  timer.unref();
  tick();
  return {
    stop() {
      clearInterval(timer);
      tick();
      if (!last || !first || lastAt <= firstAt) return void 0;
      const wall = (lastAt - Math.max(firstAt, started)) / 1e3;
      const runnable = last.run - first.run + (last.wait - first.wait);
      return {
        cpuSeconds: Number((last.cpu - first.cpu).toFixed(3)),
        wallSeconds: Number(wall.toFixed(3)),
        ...cpus ? { cpusAllowed: cpus } : {},
        ...runnable > 0 ? { runQueueWaitShare: Number(((last.wait - first.wait) / runnable).toFixed(4)) } : {}
      };
    }
  };
}

// src/io/promql.ts
var MAX_ANSWER_BYTES = 64 * 1024 * 1024;
async function queryRange(base, query, start, end, step) {
  const url = new URL("api/v1/query_range", base.endsWith("/") ? base : `${base}/`);
  url.search = new URLSearchParams({
    query: query.query,
    start: String(start),
    end: String(end),
    step: String(step)
  }).toString();
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(1e4) });
    const text2 = await readBoundedText(response, MAX_ANSWER_BYTES);
    if (text2 === void 0) return { query, error: "answer too large" };
    try {
      return { query, body: JSON.parse(text2) };
    } catch {
      return { query, error: `HTTP ${response.status}: not JSON` };
    }
  } catch (e) {
    return { query, error: e.cause?.code ?? e.name };
  }
}
function promqlSteps(start, end, step) {
  const times = [];
  for (let t = Math.floor(start); t <= Math.ceil(end); t += step) times.push(t);
  return times;
}
async function queryPrometheus(base, times, step, queries) {
  const answers = [];
  for (const q of queries) answers.push(await queryRange(base, q, times[0] ?? 0, times.at(-1) ?? 0, step));
  return answers;
}

// src/domain/server-summary.ts
var SERVER_SECTION_VERSION = 1;

// src/ingest/server-summary.ts
var GC_SUMS = ["go_gc_duration_seconds_sum", "nodejs_gc_duration_seconds_sum"];
function monotone(points) {
  let offset = 0;
  let previous2;
  return points.map(([t, v]) => {
    if (previous2 !== void 0 && v < previous2) offset += previous2;
    previous2 = v;
    return [t, v + offset];
  });
}
function valueAt(points, t) {
  if (points.length === 0) return 0;
  const first = points[0];
  if (t <= first[0]) return first[1];
  for (let i = 1; i < points.length; i++) {
    const [t1, v1] = points[i];
    if (t <= t1) {
      const [t0, v0] = points[i - 1];
      return t1 === t0 ? v1 : v0 + (v1 - v0) * (t - t0) / (t1 - t0);
    }
  }
  return points.at(-1)[1];
}
function bucketQuantile(buckets, q) {
  const total = buckets.at(-1)?.[1] ?? 0;
  if (!(total > 0) || !(q >= 0 && q <= 1)) return void 0;
  const rank = q * total;
  let prevBound = 0;
  let prevCum = 0;
  for (let i = 0; i < buckets.length; i++) {
    const [bound, cum] = buckets[i];
    if (cum >= rank && cum > prevCum) {
      if (bound === Infinity) {
        const finite2 = i > 0 ? buckets[i - 1][0] : 0;
        return { value: finite2, width: Infinity };
      }
      const low = i === 0 ? bound > 0 ? 0 : bound : prevBound;
      return { value: low + (bound - low) * (rank - prevCum) / (cum - prevCum), width: bound - low };
    }
    prevBound = bound;
    prevCum = cum;
  }
  return void 0;
}
function pairs(flat) {
  const out = [];
  for (let i = 0; i + 1 < flat.length; i += 2) out.push([flat[i], flat[i + 1]]);
  return out.sort((a, b) => a[0] - b[0]);
}
function increase(bySeries, from, to) {
  let sum2 = 0;
  for (const points of bySeries.values()) {
    const m = monotone(pairs(points));
    sum2 += valueAt(m, to) - valueAt(m, from);
  }
  return sum2;
}
var round2 = (x) => Number(x.toPrecision(12));
function routeHistogram(metric, labels, byLe, from, to) {
  const bounds = [...byLe.keys()].sort((a, b) => a - b);
  const buckets = bounds.map((le) => {
    const m = monotone(pairs(byLe.get(le)));
    return [le, Math.max(0, valueAt(m, to) - valueAt(m, from))];
  });
  for (let i = 1; i < buckets.length; i++)
    buckets[i][1] = Math.max(
      buckets[i][1],
      buckets[i - 1][1]
    );
  const count2 = buckets.at(-1)?.[1] ?? 0;
  const quantiles = {};
  const resolution = {};
  for (const [key, q] of [
    ["p50", 0.5],
    ["p95", 0.95],
    ["p99", 0.99]
  ]) {
    const r = bucketQuantile(buckets, q);
    if (!r) continue;
    quantiles[key] = round2(r.value);
    if (Number.isFinite(r.width)) resolution[key] = round2(r.width);
  }
  return {
    metric,
    route: labels,
    buckets: buckets.map(([le, c]) => [Number.isFinite(le) ? le : null, round2(c)]),
    count: round2(count2),
    sum: 0,
    quantiles,
    resolution
  };
}
function gaugeStats(points, from, to) {
  const inside = points.filter(([t]) => t >= from && t <= to).map(([, v]) => v);
  if (inside.length === 0) return void 0;
  return {
    mean: round2(inside.reduce((s, v) => s + v, 0) / inside.length),
    max: Math.max(...inside),
    first: inside[0],
    last: inside.at(-1)
  };
}
function summarizeServerScrapes(acc, clientWindows, windowSeconds) {
  const base = {
    target: acc.target,
    ...acc.name !== void 0 ? { name: acc.name } : {},
    source: acc.source,
    intervalSeconds: acc.intervalSeconds,
    scrapes: acc.scrapes,
    failures: acc.failures,
    ...acc.lastError ? { lastError: acc.lastError.error } : {}
  };
  const firstT = acc.firstAnswered;
  const lastT = acc.lastAnswered;
  const covered = firstT === void 0 || lastT === void 0 ? [] : clientWindows.filter((w) => w.start >= firstT && w.start + windowSeconds <= lastT);
  if (covered.length === 0)
    return { ...base, windows: [], counters: {}, gauges: {}, routes: [], efficiency: {} };
  const { counters, gauges, histograms } = acc;
  const from = covered[0].start;
  const to = covered.at(-1).start + windowSeconds;
  const windows = covered.map((w) => {
    const perWindow2 = {};
    for (const name of WINDOW_COUNTERS) {
      const series2 = counters.get(name);
      if (series2) perWindow2[name] = round2(increase(series2, w.start, w.start + windowSeconds));
    }
    return { start: w.start, requests: w.requests, counters: perWindow2 };
  });
  const totals = {};
  for (const [name, series2] of counters) totals[name] = round2(increase(series2, from, to));
  const gaugeOut = {};
  for (const [name, points] of gauges) {
    const stats = gaugeStats(pairs(points), from, to);
    if (stats) gaugeOut[name] = stats;
  }
  const routes = [];
  for (const [metric, byRoute] of histograms)
    for (const { labels, byLe } of byRoute.values()) {
      const h = routeHistogram(metric, labels, byLe, from, to);
      const sums = counters.get(`${metric}_sum`);
      if (sums) h.sum = round2(increaseMatching(sums, labels, from, to));
      if (h.count > 0) routes.push(h);
    }
  const wall = to - from;
  const requests2 = covered.reduce((s, w) => s + w.requests, 0);
  const efficiency = {};
  const cpu = totals.process_cpu_seconds_total;
  if (cpu !== void 0) {
    if (requests2 > 0) efficiency.cpuSecondsPerRequest = round2(cpu / requests2);
    efficiency.coresUsed = round2(cpu / wall);
  }
  const rss = gaugeOut.process_resident_memory_bytes;
  if (rss) efficiency.memoryGrowthBytes = rss.last - rss.first;
  const gc = GC_SUMS.filter((n) => totals[n] !== void 0).reduce((s, n) => s + totals[n], 0);
  if (GC_SUMS.some((n) => totals[n] !== void 0)) efficiency.gcTimeShare = round2(gc / wall);
  if (gaugeOut.go_goroutines) efficiency.goroutinesMax = gaugeOut.go_goroutines.max;
  if (gaugeOut.nodejs_eventloop_lag_seconds)
    efficiency.eventLoopLagMaxSeconds = gaugeOut.nodejs_eventloop_lag_seconds.max;
  return { ...base, windows, counters: totals, gauges: gaugeOut, routes, efficiency };
}
function increaseMatching(bySeries, labels, from, to) {
  const points = bySeries.get(labelId(labels));
  if (!points) return 0;
  const m = monotone(pairs(points));
  return valueAt(m, to) - valueAt(m, from);
}

// src/pipeline/server-section.ts
function withServerSection(summary, logs, logger) {
  if (logs.length === 0) return summary;
  const windows = summary.series[0]?.windows ?? [];
  const warnings = [...summary.warnings];
  const targets = logs.map((log) => {
    const target = summarizeServerScrapes(log, windows, summary.windowSeconds);
    const answered = target.scrapes - target.failures;
    let warning;
    if (answered === 0)
      warning = `server metrics ${target.target}: no scrape answered in ${target.scrapes} attempt(s) (${target.lastError ?? "no answer"}); check that the URL serves Prometheus metrics and is reachable from the runner`;
    else if (target.failures > 0)
      warning = `server metrics ${target.target}: ${target.failures} of ${target.scrapes} scrapes failed (last: ${target.lastError ?? "unknown"})`;
    else if (target.windows.length === 0)
      warning = `server metrics ${target.target}: the scrapes cover no complete time window of the run; server figures are missing`;
    if (!warning && log.queryErrors.length)
      warning = `${target.target}: ${log.queryErrors.length} quer${log.queryErrors.length === 1 ? "y" : "ies"} failed (${log.queryErrors.slice(0, 3).join("; ")})`;
    const capped = log.seriesCapped ? `server metrics ${target.target}: more than ${MAX_SERIES_PER_TARGET} series; only the first ${MAX_SERIES_PER_TARGET} (and the process CPU, memory and GC figures) were kept` : void 0;
    for (const w of [warning, capped]) {
      if (!w) continue;
      logger.warn(w);
      warnings.push(w);
    }
    return target;
  });
  return { ...summary, warnings, server: { schemaVersion: SERVER_SECTION_VERSION, targets } };
}

// src/pipeline/live-run.ts
var PROMQL_SETTLE_MS = 2500;
function makeFifo(path) {
  return spawnSync("mkfifo", ["-m", "600", path]).status === 0;
}
function releaseFifoReader(path) {
  try {
    closeSync(openSync(path, constants2.O_WRONLY | constants2.O_NONBLOCK));
  } catch {
  }
}
function formatCount2(n) {
  return n.toLocaleString("en-US");
}
function checkWarmup(warmupSeconds, planned) {
  if (!warmupSeconds || planned === void 0 || warmupSeconds < planned) return;
  throw new PerfGateError(
    `warmup ${warmupSeconds}s is as long as the whole test (${planned}s by its scenarios): nothing would be left to compare`,
    `Shorten warmup to well under ${planned}s (e.g. ${Math.max(1, Math.floor(planned / 4))}s), or lengthen the test`
  );
}
async function prepareLiveRun(request, k6) {
  const script = resolve2(request.cwd, request.script);
  if (!existsSync3(script)) {
    throw new PerfGateError(
      `script not found: ${request.script}`,
      "Check the path (it is relative to the working directory)"
    );
  }
  const scriptContent = readFileSync3(script, "utf8");
  const k6Version = await k6.version();
  const k6Options = await k6.inspect(script, request.scriptEnv, request.cwd, request.k6Args);
  checkWarmup(request.warmupSeconds, plannedSeconds(k6Options));
  const neutralised = [
    ...analyseK6Args(request.k6Args).neutralised,
    ...neutralisedK6Env(process.env).neutralised
  ];
  return { request, script, scriptContent, k6Version, k6Options, neutralised };
}
var warned = /* @__PURE__ */ new WeakSet();
async function runK6Live(prepared, k6, logger) {
  const { request, script, scriptContent, k6Version, k6Options } = prepared;
  logger.info(`k6 ${k6Version} (${k6.location.source}): ${k6.location.path}`);
  if (!warned.has(prepared)) for (const note of prepared.neutralised) logger.warn(note);
  warned.add(prepared);
  const dir = await mkdtemp(join3(tmpdir(), "perf-gate-"));
  const forgetDir = onCancel(() => rm(dir, { recursive: true, force: true }));
  try {
    const stream = liveStreamFor(k6Version, prepared.liveStream);
    const samplesPath = join3(dir, stream.fileName);
    const live = makeFifo(samplesPath);
    const summaryExportPath = join3(dir, "summary-export.json");
    const startedAt = process.hrtime.bigint();
    const planned = plannedSeconds(k6Options);
    let shownAt = -Infinity;
    let samples = 0;
    const ingest = () => summarizeK6Output(samplesPath, {
      warmupSeconds: request.warmupSeconds,
      scriptContent,
      k6Options,
      k6Version,
      git: request.git,
      logger,
      onProgress: (p) => {
        samples = p.samples;
        const seconds = Number(process.hrtime.bigint() - startedAt) / 1e9;
        if (seconds - shownAt < 1) return;
        shownAt = seconds;
        logger.progress(progressLine(seconds, planned, { samples: p.samples, ...p.soFar() }));
      }
    });
    const ingesting = live ? ingest() : void 0;
    ingesting?.catch(() => void 0);
    const scrapeInterval2 = request.scrapeIntervalSeconds ?? DEFAULT_SCRAPE_INTERVAL_SECONDS;
    const scrapeTargets = (request.serverMetrics ?? []).map(({ url, name }) => ({
      url,
      sink: new ServerScrapes(displayTarget(url), "scrape", scrapeInterval2, void 0, name)
    }));
    const scraper = scrapeTargets.length ? startServerScraper(scrapeTargets, scrapeInterval2) : void 0;
    const generator = startGeneratorMonitor();
    const spanStart = Date.now() / 1e3;
    const ran = k6.run({
      script,
      cwd: request.cwd,
      scriptEnv: request.scriptEnv,
      extraArgs: request.k6Args,
      samplesPath,
      samplesFormat: stream.format,
      summaryExportPath,
      onLine: (line) => logger.debug(`k6: ${line}`)
    });
    const result = await ran.catch(async (e) => {
      generator.stop();
      await scraper?.stop();
      throw e;
    });
    const generatorStats = generator.stop();
    await scraper?.stop();
    const scrapeLogs = scrapeTargets.map((t) => t.sink);
    if (request.prometheus && k6RunCompleted(result.exitCode)) {
      const spanEnd = Date.now() / 1e3;
      await new Promise((r) => setTimeout(r, PROMQL_SETTLE_MS));
      const times = promqlSteps(spanStart - 2, spanEnd + 1, 1);
      const { url, queries } = request.prometheus;
      const answers = await queryPrometheus(url, times, 1, promqlQueries(queries));
      scrapeLogs.push(promqlScrapes(`${displayTarget(url)} (PromQL)`, 1, times, answers));
    }
    const scheduled = scheduledSeconds(k6Options);
    const execution = {
      exceptions: result.exceptions?.count ?? 0,
      ...result.exceptions?.first ? { firstException: result.exceptions.first } : {},
      ...scheduled !== void 0 ? { scheduledSeconds: scheduled } : {},
      // The script alone: the k6 arguments may carry values (-e) that do not belong in a stored baseline.
      command: `k6 run ${request.script}`
    };
    const finish = (s) => {
      const withServer = { ...withServerSection(s, scrapeLogs, logger), execution };
      return generatorStats ? { ...withServer, generator: generatorStats } : withServer;
    };
    if (live) releaseFifoReader(samplesPath);
    logger.progress(null);
    if (!k6RunCompleted(result.exitCode)) {
      await ingesting?.catch(() => void 0);
      const detail = result.errors.at(-1);
      throw new PerfGateError(
        `k6 did not complete the test: ${describeK6Exit(result.exitCode)} (exit ${result.exitCode})${detail ? `: ${detail}` : ""}`,
        "Fix the cause above and run again; no baseline was written"
      );
    }
    const summary = await (ingesting ?? ingest());
    logger.info(
      `k6 finished (exit ${result.exitCode}); ${formatCount2(samples || summary.ingest.samples)} samples summarized`
    );
    let exported;
    try {
      exported = JSON.parse(await readFile(summaryExportPath, "utf8"));
    } catch {
      logger.warn(
        `k6 wrote no end-of-test summary; its thresholds' outcomes are unknown to perf-gate${stream.format === "csv" ? ", and custom metrics are read as Trends (k6's CSV output does not declare their types)" : ""}`
      );
      return { summary: finish(summary), k6ExitCode: result.exitCode };
    }
    const typed = stream.format === "csv" ? retypeCustomMetrics(summary, exported) : summary;
    const complete = applyEndOfTestSummary(typed, exported);
    return { summary: finish(complete), k6ExitCode: result.exitCode };
  } finally {
    forgetDir();
    await rm(dir, { recursive: true, force: true });
  }
}

// src/pipeline/ab-mode.ts
function underCandidateNames(run, candidateUrls) {
  if (!run.server) return run;
  const targets = run.server.targets.map(
    (t, i) => candidateUrls[i] === void 0 ? t : { ...t, target: displayTarget(candidateUrls[i]) }
  );
  return { ...run, server: { ...run.server, targets } };
}
async function runAB(config, k6, logger) {
  const arm = (target, serverMetrics) => ({
    script: config.script,
    cwd: config.cwd,
    scriptEnv: { ...config.scriptEnv, [config.targetEnv]: target },
    k6Args: config.k6Args,
    warmupSeconds: config.warmupSeconds,
    ...serverMetrics?.length ? { serverMetrics: serverMetrics.map((url) => ({ url })) } : {}
  });
  const metrics = config.serverMetrics;
  const baselineRun = await prepareLiveRun(arm(config.baselineTarget, metrics?.baseline), k6);
  const candidateRun = await prepareLiveRun(arm(config.candidateTarget, metrics?.candidate), k6);
  const runPair = async (label, order) => {
    const got = {};
    for (const side of order) {
      const prepared = side === "baseline" ? baselineRun : candidateRun;
      const target = side === "baseline" ? config.baselineTarget : config.candidateTarget;
      const result = await logger.group(
        `${label}: ${side} (${config.targetEnv}=${target})`,
        () => runK6Live(prepared, k6, logger)
      );
      got[side] = side === "baseline" && metrics ? underCandidateNames(result.summary, metrics.candidate) : result.summary;
    }
    return { baseline: got.baseline, candidate: got.candidate };
  };
  const limits = { firstLook: config.pairs, maxPairs: config.maxPairs };
  const looks = abLooks(limits.firstLook, limits.maxPairs);
  await runPair("Warm-up pair (discarded)", pairOrder(0));
  const pairs2 = [];
  for (; ; ) {
    pairs2.push(
      await runPair(`Pair ${pairs2.length + 1} of at most ${limits.maxPairs}`, pairOrder(pairs2.length))
    );
    if (pairs2.length < limits.firstLook) continue;
    const report = compareAB(pairs2, config.gate, { looks, maxPairs: limits.maxPairs });
    const next = abStopping(report, pairs2.length, limits);
    if (next.continue) continue;
    const ab = {
      pairs: pairs2.length,
      warmupPairs: 1,
      firstLook: limits.firstLook,
      maxPairs: limits.maxPairs,
      looks,
      order: "AB BA BA AB",
      stopped: next.reason,
      perPairStatistics: perPairStatistics(report.comparisons),
      perPair: abPairResults(pairs2, report.comparisons)
    };
    return { report: { ...report, ab }, pairs: pairs2 };
  }
}

// src/domain/baseline-by-commit.ts
var isAncestorPlace = (place) => place !== void 0 && place.ahead === 0;
function chooseByCommit(runs2, placeOf, limit) {
  const ancestors = runs2.map((run, index) => ({ ...run, index, place: run.commit ? placeOf(run.commit) : void 0 })).filter((run) => isAncestorPlace(run.place)).sort((a, b) => a.place.behind - b.place.behind || a.index - b.index).slice(0, Math.max(0, limit));
  return { chosen: ancestors.map((r) => r.item), pooled: poolCommits(ancestors, placeOf) };
}
function poolCommits(runs2, placeOf) {
  const out = [];
  for (const { commit } of runs2) {
    if (!commit) continue;
    const seen = out.find((p) => p.commit === commit);
    if (seen) {
      seen.runs++;
      continue;
    }
    const place = placeOf(commit);
    out.push({ commit, runs: 1, ...place ? { behind: place.behind, ahead: place.ahead } : {} });
  }
  return out;
}
function basisOf(pooled) {
  const nearest = pooled[0];
  if (!nearest || nearest.ahead !== 0 || nearest.behind === void 0) return "newest";
  return nearest.behind === 0 ? "base-commit" : "ancestor";
}
var short = (commit) => commit.slice(0, 7);
var commits2 = (n) => `${n} commit${n === 1 ? "" : "s"}`;
function driftWarning(pooled, base, what) {
  const basis = basisOf(pooled);
  const nearest = pooled[0];
  if (basis === "base-commit") return void 0;
  if (!nearest)
    return `no baseline run of ${what} ${short(base)} or of its ancestors was found: the newest runs were used, whatever their commit`;
  if (basis === "ancestor")
    return `${what} ${short(base)} has no usable baseline run yet: baseline from ${short(nearest.commit)}, ${commits2(nearest.behind)} before it`;
  const where = nearest.ahead === void 0 || nearest.behind === void 0 ? "whose place in history is unknown" : nearest.behind === 0 ? `${commits2(nearest.ahead)} after it` : `not an ancestor of it (the base has ${commits2(nearest.behind)} it lacks, and lacks ${commits2(nearest.ahead)} of it)`;
  return `no baseline run of ${what} ${short(base)} or of its ancestors was found: baseline from ${short(nearest.commit)}, ${where}; differences may come from those commits`;
}

// src/domain/run-history.ts
var identity = (run) => JSON.stringify([run.run.start, run.run.end, run.git?.commit ?? null, run.ingest.samples]);
var startOf = (run) => {
  const t = Date.parse(run.run.start);
  return Number.isFinite(t) ? t : Number.NEGATIVE_INFINITY;
};
function mergeRunHistories(read2, latest) {
  const seen = /* @__PURE__ */ new Set();
  const all = [];
  for (const run of [...read2, ...latest]) {
    const id = identity(run);
    if (seen.has(id)) continue;
    seen.add(id);
    all.push(run);
  }
  return all.map((run, i) => ({ run, i, t: startOf(run) })).sort((a, b) => b.t === a.t ? a.i - b.i : b.t > a.t ? 1 : -1).map((x) => x.run);
}

// src/domain/trend/model.ts
var MAX_TREND_ENTRIES = 200;
var emptyTrend = () => ({ statistics: {}, entries: [] });
function statisticId(metric, stat2, series2) {
  const tags = Object.entries(series2).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => `${k}=${v}`);
  return tags.length === 0 ? `${metric} ${stat2}` : `${metric} ${stat2} {${tags.join(",")}}`;
}
function appendTrend(trend2, entry2, statistics, max = MAX_TREND_ENTRIES) {
  const same = (e) => sameRun(e, entry2);
  const entries = [...trend2.entries.filter((e) => !same(e)), entry2].slice(-Math.max(1, max));
  const described = { ...trend2.statistics };
  for (const s of statistics) described[s.id] = s;
  return keepDescribed(described, entries);
}
function sameRun(a, b) {
  return b.runId !== void 0 && a.runId === b.runId || a.commit === b.commit && a.date === b.date;
}
function keepDescribed(described, entries) {
  const used = new Set(entries.flatMap((e) => Object.keys(e.points)));
  return {
    statistics: Object.fromEntries(Object.entries(described).filter(([id]) => used.has(id))),
    entries
  };
}
function mergeTrends(older, newer, max = MAX_TREND_ENTRIES) {
  const fromOlder = older.entries.filter((e) => !newer.entries.some((n) => sameRun(e, n)));
  const startOf2 = (e) => {
    const t = Date.parse(e.date);
    return Number.isFinite(t) ? t : Number.NEGATIVE_INFINITY;
  };
  const entries = [...fromOlder, ...newer.entries].sort((a, b) => Math.sign(startOf2(a) - startOf2(b) || 0) || a.commit.localeCompare(b.commit)).slice(-Math.max(1, max));
  return keepDescribed({ ...older.statistics, ...newer.statistics }, entries);
}
function statisticSeries(trend2, id) {
  const out = [];
  trend2.entries.forEach((entry2, index) => {
    const point2 = entry2.points[id];
    if (point2) out.push({ index, entry: entry2, point: point2 });
  });
  return out;
}

// src/domain/trend/codec.ts
var TREND_SCHEMA_VERSION = 1;
function serializeTrend(trend2) {
  const statistics = Object.values(trend2.statistics).sort((a, b) => a.id.localeCompare(b.id));
  return {
    schemaVersion: TREND_SCHEMA_VERSION,
    statistics,
    entries: trend2.entries.map((e) => ({
      commit: e.commit,
      date: e.date,
      ...e.runId !== void 0 ? { runId: e.runId } : {},
      values: statistics.map((s) => {
        const p = e.points[s.id];
        return p ? [p.estimate, p.se] : null;
      })
    }))
  };
}
var MAX_STATISTICS = 500;
var MAX_TEXT = 300;
var UNITS = /* @__PURE__ */ new Set(["ms", "seconds", "bytes", "fraction", "per-second", ""]);
var Invalid = class extends Error {
};
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function text(v, where) {
  if (typeof v !== "string" || v.length === 0 || v.length > MAX_TEXT)
    throw new Invalid(`${where} is not a string of 1 to ${MAX_TEXT} characters`);
  return v;
}
function finite(v, where, min = -Infinity) {
  if (typeof v !== "number" || !Number.isFinite(v) || v < min)
    throw new Invalid(`${where} is not a finite number${min > -Infinity ? ` of at least ${min}` : ""}`);
  return v;
}
function statistic(v, where) {
  if (!isObject(v)) throw new Invalid(`${where} is not an object`);
  const series2 = v.series;
  if (!isObject(series2) || Object.keys(series2).length > 10)
    throw new Invalid(`${where}.series is not an object of tags`);
  for (const [k, tag] of Object.entries(series2)) {
    text(k, `${where}.series key`);
    text(tag, `${where}.series.${k}`);
  }
  if (v.scale !== "ratio" && v.scale !== "difference")
    throw new Invalid(`${where}.scale is not ratio or difference`);
  if (v.direction !== "higher-is-worse" && v.direction !== "higher-is-better")
    throw new Invalid(`${where}.direction is not higher-is-worse or higher-is-better`);
  if (v.unit !== void 0 && !UNITS.has(v.unit))
    throw new Invalid(`${where}.unit is not a known unit`);
  return {
    id: text(v.id, `${where}.id`),
    metric: text(v.metric, `${where}.metric`),
    stat: text(v.stat, `${where}.stat`),
    series: series2,
    scale: v.scale,
    direction: v.direction,
    tolerance: finite(v.tolerance, `${where}.tolerance`, 0),
    ...v.unit !== void 0 ? { unit: v.unit } : {}
  };
}
function entry(v, where, statistics) {
  if (!isObject(v)) throw new Invalid(`${where} is not an object`);
  if (typeof v.commit !== "string" || !/^[0-9a-f]{7,64}$/i.test(v.commit))
    throw new Invalid(`${where}.commit is not a commit sha`);
  if (typeof v.date !== "string" || v.date.length > 40 || !Number.isFinite(Date.parse(v.date)))
    throw new Invalid(`${where}.date is not a date`);
  if (v.runId !== void 0 && (!Number.isSafeInteger(v.runId) || v.runId < 0))
    throw new Invalid(`${where}.runId is not a run id`);
  if (!Array.isArray(v.values) || v.values.length !== statistics.length)
    throw new Invalid(`${where}.values does not hold one value per statistic (${statistics.length})`);
  const points = {};
  v.values.forEach((value, i) => {
    if (value === null) return;
    const at = `${where}.values[${i}]`;
    if (!Array.isArray(value) || value.length !== 2) throw new Invalid(`${at} is not [estimate, se]`);
    const s = statistics[i];
    const estimate = finite(value[0], `${at}[0]`, s.scale === "ratio" ? Number.MIN_VALUE : 0);
    if (s.scale === "difference" && estimate > 1) throw new Invalid(`${at}[0] is a rate above 1`);
    points[s.id] = { estimate, se: finite(value[1], `${at}[1]`, 0) };
  });
  return {
    commit: v.commit.toLowerCase(),
    date: v.date,
    ...v.runId !== void 0 ? { runId: v.runId } : {},
    points
  };
}
function parseTrend(json) {
  try {
    if (!isObject(json)) throw new Invalid("it is not a JSON object");
    const version = json.schemaVersion;
    if (version !== TREND_SCHEMA_VERSION)
      throw new Invalid(
        typeof version === "number" && version > TREND_SCHEMA_VERSION ? `it was written by a newer perf-gate (trend version ${version}; this one reads version ${TREND_SCHEMA_VERSION})` : `its schemaVersion is ${JSON.stringify(version)?.slice(0, 20)}, not ${TREND_SCHEMA_VERSION}`
      );
    if (!Array.isArray(json.statistics) || json.statistics.length > MAX_STATISTICS)
      throw new Invalid(`statistics is not a list of at most ${MAX_STATISTICS}`);
    const statistics = json.statistics.map((s, i) => statistic(s, `statistics[${i}]`));
    if (new Set(statistics.map((s) => s.id)).size !== statistics.length)
      throw new Invalid("statistics has a repeated id");
    if (!Array.isArray(json.entries)) throw new Invalid("entries is not a list");
    const kept = json.entries.slice(-MAX_TREND_ENTRIES);
    const offset = json.entries.length - kept.length;
    const entries = kept.map((e, i) => entry(e, `entries[${offset + i}]`, statistics));
    return { ok: true, trend: { statistics: Object.fromEntries(statistics.map((s) => [s.id, s])), entries } };
  } catch (err) {
    if (err instanceof Invalid) return { ok: false, reason: `not a usable perf-gate trend: ${err.message}` };
    throw err;
  }
}

// src/domain/trend/entry.ts
function rateStandardError(passes, total, phi = 1) {
  if (!(total > 0)) return void 0;
  const p = (passes + 0.5) / (total + 1);
  return Math.sqrt(Math.max(1, phi) * p * (1 - p) / total);
}
var round3 = (x, digits) => Number(x.toPrecision(digits));
var point = (estimate, se) => ({
  estimate: round3(estimate, 6),
  se: round3(se, 3)
});
function ratePoint(counts, phi) {
  if (!counts) return void 0;
  const se = rateStandardError(counts.passes, counts.total, phi);
  return se === void 0 ? void 0 : point(counts.passes / counts.total, se);
}
function pointOf(run, all, c, config) {
  if (c.metric === SERVER_CPU_PER_REQUEST) {
    const targets = run.server?.targets ?? [];
    const target = c.series.server === void 0 ? targets[0] : targets.find((t) => t.target === c.series.server);
    const e2 = target ? cpuPerRequest(target, run.windowSeconds) : void 0;
    return e2 ? point(e2.value, Math.sqrt(e2.variance)) : void 0;
  }
  if (c.stat === "throughput") {
    const e2 = eventRate(run, c.metric);
    return e2 ? point(e2.value, Math.sqrt(e2.variance)) : void 0;
  }
  if (c.stat === "rate") {
    if (c.metric === "dropped_iterations") return ratePoint(droppedIterationCounts(all), 1);
    return ratePoint(all.rates[c.metric], dispersion(windowRateCounts(all.windows, c.metric)));
  }
  const q = config.quantiles.find((x) => quantileLabel(x) === c.stat);
  if (q === void 0) return void 0;
  const e = estimateLogQuantile(all, c.metric, q, config.minTailSamples);
  return e ? point(Math.exp(e.log), Math.sqrt(e.variance)) : void 0;
}
function tracked(c) {
  if (c.direction === "unknown") return false;
  return c.metric === SERVER_CPU_PER_REQUEST || c.gated && isAllTrafficKey(c.series);
}
function buildTrendEntry(input) {
  const { run, config } = input;
  const commit = input.commit ?? run.git?.commit;
  const all = run.series[0];
  if (!commit || !all || run.capacity) return void 0;
  const comparisons = input.report && input.report.comparisons.length > 0 ? input.report.comparisons : compareRuns([run], run, config).comparisons;
  const points = {};
  const statistics = [];
  for (const c of comparisons.filter(tracked)) {
    const id = statisticId(c.metric, c.stat, c.series);
    if (points[id]) continue;
    const p = pointOf(run, all, c, config);
    if (!p) continue;
    points[id] = p;
    statistics.push({
      id,
      metric: c.metric,
      stat: c.stat,
      series: c.series,
      scale: c.scale,
      direction: c.direction,
      tolerance: c.tolerance,
      ...c.unit !== void 0 ? { unit: c.unit } : {}
    });
  }
  return {
    entry: {
      commit,
      date: run.run.start,
      ...input.runId !== void 0 ? { runId: input.runId } : {},
      points
    },
    statistics
  };
}

// src/pipeline/baseline-cycle.ts
var noiseOf = (runs2) => runs2.slice(0, NOISE_HISTORY_RUNS);
function trusted(set, runs2, accept, logger) {
  if (accept) return runs2;
  if (set.snapshot && runs2[0] && failedItsThresholds(runs2[0].summary)) {
    logger.warn(
      `${set.label} failed k6's own thresholds, so its artifact is not a baseline; skipped it for an older trusted run`
    );
    return void 0;
  }
  const kept = runs2.filter((r) => !failedItsThresholds(r.summary));
  if (kept.length < runs2.length && !set.snapshot)
    logger.warn(
      `left out ${runs2.length - kept.length} run(s) of ${set.label} that failed k6's own thresholds (baseline-failed-thresholds takes them)`
    );
  return kept.length > 0 ? kept : void 0;
}
async function usable(set, policy, logger) {
  const runs2 = await set.read();
  return runs2 && trusted(set, runs2, policy.acceptFailedThresholds, logger);
}
async function newest(deps, policy) {
  for await (const set of deps.store.sets()) {
    const runs2 = await usable(set, policy, deps.logger);
    if (runs2) return { runs: runs2.slice(0, Math.max(0, policy.history)), noise: noiseOf(runs2), set };
  }
  return { runs: [], noise: [] };
}
async function byBaseCommit(deps, policy, base) {
  const places = /* @__PURE__ */ new Map();
  const place = async (commit) => {
    if (!places.has(commit)) places.set(commit, await base.placeOf(commit));
    return places.get(commit);
  };
  const atAncestors = [];
  const ofManyCommits = [];
  for await (const set of deps.store.sets()) {
    if (set.commit === void 0) {
      ofManyCommits.push(set);
      continue;
    }
    const where = await place(set.commit);
    if (isAncestorPlace(where)) atAncestors.push({ set, behind: where.behind });
    else deps.logger.debug(`${set.label} (${set.commit}) is not an ancestor of ${base.what} ${base.commit}`);
  }
  const order = [...atAncestors.sort((a, b) => a.behind - b.behind).map((a) => a.set), ...ofManyCommits];
  const selectionOf = (pooled, basis = basisOf(pooled)) => ({
    baseCommit: base.commit,
    basis,
    commits: pooled,
    warning: driftWarning(pooled, base.commit, base.what)
  });
  for (const set of order) {
    const runs3 = await usable(set, policy, deps.logger);
    if (!runs3) continue;
    for (const r of runs3) if (r.provenance.commit) await place(r.provenance.commit);
    const { chosen, pooled } = chooseByCommit(
      runs3.map((item) => ({ item, commit: item.provenance.commit })),
      (c) => places.get(c),
      policy.history
    );
    if (chosen.length > 0) return { runs: chosen, selection: selectionOf(pooled), noise: noiseOf(runs3), set };
  }
  const fallback = await newest(deps, policy);
  const { runs: runs2 } = fallback;
  if (runs2.length === 0) return fallback;
  for (const r of runs2) if (r.provenance.commit) await place(r.provenance.commit);
  const drift = poolCommits(
    runs2.map((r) => ({ commit: r.provenance.commit })),
    (c) => places.get(c)
  );
  return { ...fallback, selection: selectionOf(drift, "newest") };
}
async function trendOf(set, logger) {
  const stored = set?.trend ? await set.trend() : void 0;
  if (!set || !stored) return void 0;
  const parsed = "problem" in stored ? { ok: false, reason: stored.problem } : parseTrend(stored.json);
  if (parsed.ok) return parsed.trend;
  logger.warn(
    `the default branch's trend stored with ${set.label} is not used (${parsed.reason}); the next stored run starts it again`
  );
  return void 0;
}
async function loadTrend(store, logger) {
  for await (const set of store.sets()) {
    if (!set.trend) continue;
    const trend2 = await trendOf(set, logger);
    if (trend2) return trend2;
  }
  return void 0;
}
async function loadBaseline(deps, policy) {
  const { logger, store } = deps;
  const loaded = await logger.group(`Loading the baseline from ${store.description}`, async () => {
    const { set, ...chosen } = deps.base ? await byBaseCommit(deps, policy, deps.base) : await newest(deps, policy);
    logger.info(
      chosen.runs.length === 0 ? "no baseline yet" : `${chosen.runs.length} baseline run(s), newest from ${chosen.runs[0]?.summary.run.start}; run-to-run noise from ${chosen.noise.length} stored run(s)`
    );
    const trend2 = await trendOf(set, logger);
    return { ...chosen, ...trend2 ? { trend: trend2 } : {} };
  });
  if (loaded.selection?.warning) logger.warn(loaded.selection.warning);
  return loaded;
}
function provenanceOf(loaded) {
  const newestRun = loaded.runs[0];
  if (!newestRun) return void 0;
  const selection = loaded.selection;
  const nearest = selection?.commits[0];
  return {
    ...newestRun.provenance,
    ...selection ? {
      baseCommit: selection.baseCommit,
      basis: selection.basis,
      commits: selection.commits,
      ...nearest?.ahead === 0 && nearest.behind !== void 0 ? { distance: nearest.behind } : {}
    } : {},
    runs: loaded.runs.length
  };
}
function brokenRunError(broken, why) {
  return new PerfGateError(
    `the run is broken, and ${why}: ${broken.map((f2) => f2.what).join("; ")}`,
    `${broken.map((f2) => f2.see).join("; ")}. Nothing was stored as a baseline`
  );
}
async function historyAtSave(deps, policy, carried, trend2) {
  const read2 = carried.map((r) => r.summary);
  for await (const set of deps.store.sets()) {
    if (!set.snapshot) break;
    const latest = await usable(set, policy, deps.logger);
    if (!latest) continue;
    const latestTrend = await trendOf(set, deps.logger);
    return {
      history: mergeRunHistories(
        read2,
        latest.map((r) => r.summary)
      ),
      trend: trend2 && latestTrend ? mergeTrends(trend2, latestTrend) : trend2 ?? latestTrend
    };
  }
  return { history: read2, trend: trend2 };
}
function trendWith(carried, run, runId) {
  const made = run && buildTrendEntry({ ...run, ...runId !== void 0 ? { runId } : {} });
  if (!made) return carried && { trend: carried, appended: false };
  return { trend: appendTrend(carried ?? emptyTrend(), made.entry, made.statistics), appended: true };
}
async function saveBaseline(deps, policy, loaded, runs2, comparable = loaded.runs.length, health = [], trendRun) {
  const { save, note, refuse } = saveDecision({
    policy: policy.save,
    storedRuns: comparable,
    thresholdsFailed: runs2.some(failedItsThresholds),
    acceptFailedThresholds: policy.acceptFailedThresholds,
    health
  });
  if (refuse) throw brokenRunError(refuse, "with no baseline yet there is nothing to judge it by");
  if (note) deps.logger.warn(note);
  const unchanged = loaded.trend && { trend: loaded.trend, appended: false };
  if (!save) return { saved: false, ...unchanged ? { trend: unchanged } : {} };
  const replace = policy.save === "replace";
  const carried = loaded.noise.length > 0 ? loaded.noise : loaded.runs;
  const atSave = replace ? { history: [], trend: loaded.trend } : await historyAtSave(deps, policy, carried, loaded.trend);
  const trend2 = trendWith(atSave.trend, trendRun, deps.runId);
  await deps.store.write(
    runs2,
    atSave.history,
    replace ? runs2.length : Math.max(policy.history, NOISE_HISTORY_RUNS, runs2.length),
    trend2 ? serializeTrend(trend2.trend) : void 0
  );
  deps.logger.info(
    `stored ${runs2.length === 1 ? "this run" : `these ${runs2.length} runs`} as the baseline in ${deps.store.description}${trend2?.appended ? ` with its trend entry (${trend2.trend.entries.length} runs)` : ""}`
  );
  return { saved: true, ...trend2 ? { trend: trend2 } : {} };
}

// src/pipeline/candidate.ts
import { resolve as resolve4 } from "node:path";

// src/io/run-summary-file.ts
import { open, readFile as readFile2 } from "node:fs/promises";

// src/io/atomic-write.ts
import { randomBytes } from "node:crypto";
import { rename, rm as rm2, writeFile } from "node:fs/promises";
async function writeJsonAtomically(path, value) {
  const temp = `${path}.${randomBytes(6).toString("hex")}.tmp`;
  try {
    await writeFile(temp, JSON.stringify(value));
    await rename(temp, path);
  } catch (err) {
    await rm2(temp, { force: true });
    throw new PerfGateError(
      `cannot write ${path}: ${err.message}`,
      "Check that the directory is writable"
    );
  }
}

// src/io/run-summary-file.ts
var cannotRead = (path, err) => new PerfGateError(
  `cannot read ${path}: ${err.code ?? err.message}`,
  "Check the path"
);
async function readRunSummary(path) {
  let text2;
  try {
    text2 = await readFile2(path, "utf8");
  } catch (err) {
    throw cannotRead(path, err);
  }
  let json;
  try {
    json = JSON.parse(text2);
  } catch {
    throw new PerfGateError(
      `${path} is not a run summary (not JSON: damaged or cut off)`,
      "Re-create it with `perf-gate summarize` or a new baseline run"
    );
  }
  return parseRunSummary(json, path);
}
async function writeRunSummary(path, summary) {
  await writeJsonAtomically(path, summary);
}
async function looksLikeRunSummary(path) {
  let head;
  try {
    const handle = await open(path, "r");
    try {
      const { buffer, bytesRead } = await handle.read(Buffer.alloc(4096), 0, 4096, 0);
      head = buffer.subarray(0, bytesRead).toString("utf8");
    } finally {
      await handle.close();
    }
  } catch (err) {
    throw cannotRead(path, err);
  }
  return /^\s*\{/.test(head) && !/^\s*\{\s*"(type|metric|attack)"\s*:/.test(head) && head.includes('"perf-gate"');
}
async function readResultFile(path, options = {}) {
  return await looksLikeRunSummary(path) ? readRunSummary(path) : summarizeK6Output(path, options);
}

// src/pipeline/vegeta-run.ts
import { existsSync as existsSync4, readFileSync as readFileSync5 } from "node:fs";
import { resolve as resolve3 } from "node:path";

// src/io/vegeta-locate.ts
import { readFileSync as readFileSync4 } from "node:fs";
import { dirname as dirname2, join as join4 } from "node:path";
var VEGETA = {
  name: "vegeta",
  flag: `--${OPTIONS.vegetaPath.cli.flag}`,
  input: INPUT.vegetaPath,
  actionFallback: "vegeta on PATH is used",
  envVar: "VEGETA_PATH",
  version: PINNED_VEGETA_VERSION,
  buildScript: "vegeta:build"
};
var locateVegeta = locatorFor(VEGETA);
function builtVegetaVersion(path) {
  try {
    const text2 = readFileSync4(join4(dirname2(path), ".built"), "utf8").trim();
    return /^v\d+\.\d+\.\d+$/.test(text2) ? text2 : void 0;
  } catch {
    return void 0;
  }
}

// src/io/vegeta-runner.ts
import { spawn as spawn2 } from "node:child_process";
var PASSED_ENV = [
  "PATH",
  "HOME",
  "TMPDIR",
  "LANG",
  "LC_ALL",
  "SSL_CERT_FILE",
  "SSL_CERT_DIR",
  "RUNNER_TRACKING_ID"
];
function vegetaAttackArgs(attack) {
  const ownMaxBody = attack.extraArgs.some((a) => /^--?max-body(=|$)/.test(a));
  return [
    `-rate=${attack.rate}`,
    `-duration=${attack.durationSeconds}s`,
    `-targets=${attack.targetsPath}`,
    ...ownMaxBody ? [] : ["-max-body=0"],
    ...attack.extraArgs
  ];
}
function startVegeta(location, attackArgs, cwd, env, onLine = () => void 0) {
  const childEnv = Object.fromEntries(PASSED_ENV.filter((k) => env[k] !== void 0).map((k) => [k, env[k]]));
  const attack = spawn2(location.path, ["attack", ...attackArgs], {
    cwd,
    env: childEnv,
    stdio: ["ignore", "pipe", "pipe"]
  });
  const encode = spawn2(location.path, ["encode", "--to", "json"], {
    cwd,
    env: childEnv,
    stdio: ["pipe", "pipe", "pipe"]
  });
  trackChild(attack);
  trackChild(encode);
  attack.stdout.pipe(encode.stdin);
  encode.stdin.on("error", () => void 0);
  const attackErrors = [];
  const encodeErrors = [];
  const collect = (stream, errors) => {
    let rest = "";
    stream.setEncoding("utf8");
    stream.on("data", (chunk) => {
      const lines = (rest + chunk).split("\n");
      rest = lines.pop() ?? "";
      for (const line of lines) {
        if (line.trim() === "") continue;
        onLine(line);
        errors.push(line.slice(0, 500));
        if (errors.length > 23) errors.splice(3, 1);
      }
    });
  };
  collect(attack.stderr, attackErrors);
  collect(encode.stderr, encodeErrors);
  const exited2 = (child, errors) => new Promise((resolve13) => {
    child.once("error", (err) => {
      errors.push(`cannot start ${location.path}: ${err.message}`);
      resolve13(127);
    });
    child.once("close", (code, signal) => resolve13(code ?? (signal ? 128 : 1)));
  });
  const done = Promise.all([exited2(attack, attackErrors), exited2(encode, encodeErrors)]).then(
    ([attackExit, encodeExit]) => ({ attackExit, encodeExit, attackErrors, encodeErrors })
  );
  return { results: encode.stdout, done };
}
function vegetaVersion(location) {
  return new Promise((resolve13) => {
    const child = spawn2(location.path, ["-version"], { stdio: ["ignore", "pipe", "ignore"] });
    let out = "";
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (c) => out += c);
    child.once("error", () => resolve13(void 0));
    child.once("close", () => {
      const m = /^Version:\s*(v?[0-9][0-9A-Za-z.+-]{0,40})\s*$/m.exec(out);
      resolve13(m ? m[1] : void 0);
    });
  });
}

// src/pipeline/vegeta-run.ts
async function prepareVegetaRun(request, location) {
  const targetsPath = resolve3(request.cwd, request.targets);
  if (!existsSync4(targetsPath))
    throw new PerfGateError(
      `vegeta targets file not found: ${request.targets}`,
      "Check the path (relative to the working directory); it holds lines like `GET http://127.0.0.1:8080/orders/42`"
    );
  const targets = readFileSync5(targetsPath, "utf8");
  const reported = await vegetaVersion(location);
  const version = reported ?? builtVegetaVersion(location.path);
  return {
    request,
    targetsPath,
    location,
    ...version ? { version } : {},
    fingerprint: vegetaFingerprint({
      ratePerSecond: request.ratePerSecond,
      durationSeconds: request.durationSeconds,
      targets,
      extraArgs: request.extraArgs
    })
  };
}
async function runVegetaLive(prepared, logger) {
  const { request, location } = prepared;
  logger.info(`vegeta ${prepared.version ?? "(version unknown)"} (${location.source}): ${location.path}`);
  const args = vegetaAttackArgs({ ...request, targetsPath: prepared.targetsPath });
  const child = startVegeta(
    location,
    args,
    request.cwd,
    process.env,
    (line) => logger.debug(`vegeta: ${line}`)
  );
  const report = { truncatedLastLine: false, gzipUnfinished: false, bytes: 0 };
  const summarizing = summarizeLines(readLineBatches(child.results, report), "vegeta results", report, {
    warmupSeconds: request.warmupSeconds,
    maxSeries: request.maxSeries,
    git: request.git,
    format: "vegeta-json",
    vegeta: { fingerprint: prepared.fingerprint, ...prepared.version ? { version: prepared.version } : {} },
    onProgress: (p) => logger.progress(`vegeta running: ${p.lines.toLocaleString("en-US")} results summarized`)
  });
  summarizing.catch(() => child.results.resume());
  const { attackExit, encodeExit, attackErrors, encodeErrors } = await child.done;
  logger.progress(null);
  if (attackExit !== 0 || encodeExit !== 0) {
    await summarizing.catch(() => void 0);
    const detail = attackExit !== 0 ? attackErrors[0] : encodeErrors.at(-1);
    throw new PerfGateError(
      `vegeta did not complete the attack (${attackExit !== 0 ? `vegeta attack exit ${attackExit}` : `vegeta encode exit ${encodeExit}`})${detail ? `: ${detail}` : ""}`,
      "Fix the cause above and run again; no baseline was written"
    );
  }
  const { summary } = await summarizing;
  logger.info(`vegeta finished; ${summary.ingest.lines.toLocaleString("en-US")} results summarized`);
  return summary;
}

// src/pipeline/candidate.ts
async function prepareCandidate(config, deps) {
  if (config.vegeta) {
    if (!deps.vegeta)
      throw new PerfGateError(
        "no vegeta available to run the attack",
        "Install vegeta or pass results instead"
      );
    const location = await deps.vegeta();
    const prepared = await prepareVegetaRun(
      { ...config.vegeta, cwd: config.cwd, warmupSeconds: config.warmupSeconds, git: config.git },
      location
    );
    return { kind: "vegeta", prepared };
  }
  if (config.script) {
    if (!deps.k6)
      throw new PerfGateError("no k6 available to run the script", "Install k6 or pass results instead");
    const k6 = await deps.k6();
    const request = {
      script: config.script,
      cwd: config.cwd,
      scriptEnv: config.scriptEnv,
      k6Args: config.k6Args,
      warmupSeconds: config.warmupSeconds,
      git: config.git,
      serverMetrics: config.serverMetrics,
      prometheus: config.prometheus
    };
    return { kind: "script", prepared: await prepareLiveRun(request, k6), k6 };
  }
  if (config.results?.length) {
    const { logger } = deps;
    const shards = await logger.group(`Reading ${config.results.length} k6 result file(s)`, async () => {
      const read2 = [];
      for (const file of config.results)
        read2.push(
          await readResultFile(resolve4(config.cwd, file), {
            warmupSeconds: config.warmupSeconds,
            git: config.git,
            logger
          })
        );
      return read2;
    });
    return {
      kind: "results",
      run: shards.length === 1 ? shards[0] : mergeRunSummaries2(shards)
    };
  }
  throw new PerfGateError(
    "nothing to gate: no script, no vegeta attack and no results",
    "Pass a k6 script to run, a vegeta targets file, or result files to read"
  );
}
async function runCandidate(source, config, logger, judge) {
  if (source.kind === "results") return { ...judge([source.run]), runs: [source.run] };
  const { runs: min, maxRuns: max, rerun: policy } = config;
  const runs2 = [];
  let k6ExitCode = 0;
  const what = source.kind === "vegeta" ? `vegeta on ${config.vegeta?.targets}` : `k6 on ${config.script}`;
  for (let i = 1; ; i++) {
    const of = min === max ? `${max}` : `at most ${max}`;
    const title = max > 1 ? `Running ${what} (run ${i} of ${of})` : `Running ${what}`;
    if (source.kind === "vegeta") {
      runs2.push(await logger.group(title, () => runVegetaLive(source.prepared, logger)));
    } else {
      const result = await logger.group(title, () => runK6Live(source.prepared, source.k6, logger));
      runs2.push(result.summary);
      k6ExitCode = Math.max(k6ExitCode, result.k6ExitCode);
    }
    if (i < min) continue;
    const judged = judge(runs2);
    if (!worthAnotherRun(judged.report, i, max, policy)) return { ...judged, runs: runs2, k6ExitCode };
    logger.info(
      policy === "suspected" ? `after ${i} run(s), ${judged.report.reason} Running the candidate again to confirm or clear it (run ${i + 1} of at most ${max}).` : `not settled after ${i} run(s) (${judged.report.verdict}; a gated comparison is not yet proven either way): running the candidate again to settle it (run ${i + 1} of at most ${max}).`
    );
  }
}

// src/pipeline/run-gate.ts
async function runGate(config, deps) {
  const { logger } = deps;
  const source = await prepareCandidate(config, deps);
  const loaded = await loadBaseline(deps, config.baseline);
  const provenance = provenanceOf(loaded);
  const warning = loaded.runs.length > 0 ? loaded.selection?.warning : void 0;
  const looks = config.maxRuns - config.runs + 1;
  const baselines = loaded.runs.map((h) => h.summary);
  const noiseHistory = loaded.noise.map((h) => h.summary);
  const judge = (runs3) => {
    const summary2 = poolRepeatedRuns(runs3);
    const report2 = compareRuns(baselines, summary2, config.gate, {
      candidateRuns: runs3.length,
      looks,
      maxRuns: config.maxRuns,
      rerun: config.rerun,
      noiseHistory,
      ...provenance ? { provenance } : {}
    });
    if (warning) report2.warnings.unshift(warning);
    return { summary: summary2, report: report2 };
  };
  const { runs: runs2, k6ExitCode, summary, report } = await runCandidate(source, config, logger, judge);
  for (const w of summary.warnings) logger.warn(w);
  const saved = await saveBaseline(deps, config.baseline, loaded, runs2, loaded.runs.length, report.health, {
    run: summary,
    config: config.gate,
    report
  });
  return {
    report,
    summary,
    baselineSaved: saved.saved,
    ...saved.trend ? { trend: saved.trend } : {},
    k6ExitCode
  };
}

// src/pipeline/capacity.ts
import { existsSync as existsSync5, readFileSync as readFileSync6 } from "node:fs";
import { resolve as resolve5 } from "node:path";

// src/domain/capacity/compare.ts
var median2 = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
function pooledEstimate(runs2) {
  if (runs2.length === 0) return void 0;
  const highs = runs2.map((r) => r.high);
  return {
    rate: median2(runs2.map((r) => r.rate)),
    low: median2(runs2.map((r) => r.low)),
    high: highs.some((h) => h === null) ? null : median2(highs)
  };
}
var pct7 = (x) => `${Number((x * 100).toFixed(1))}%`;
var width = (e) => e.high === null || e.low === 0 ? Infinity : e.high / e.low - 1;
function compareCapacity(baselines, candidate, tolerance) {
  const cand = candidate.estimate;
  const base = pooledEstimate(baselines.map((b) => b.estimate));
  if (!base)
    return {
      baseline: null,
      candidate: cand,
      change: null,
      changeRange: null,
      tolerance,
      verdict: "no-baseline",
      reason: `no stored capacity to compare with; this run measured ${cand.rate}/s`
    };
  const change = base.rate > 0 ? cand.rate / base.rate - 1 : null;
  const lowEnd = base.high === null ? null : cand.low / base.high - 1;
  const highEnd = cand.high === null || base.low === 0 ? null : cand.high / base.low - 1;
  const changeRange = lowEnd === null ? null : [lowEnd, highEnd];
  const common = { baseline: base, candidate: cand, change, changeRange, tolerance };
  if (highEnd !== null && highEnd < -tolerance)
    return {
      ...common,
      verdict: "regression",
      reason: `capacity dropped from ${base.rate}/s to ${cand.rate}/s (${change === null ? "n/a" : pct7(change)}); even the brackets' most favourable reading is a drop of ${pct7(-highEnd)}, beyond the ${pct7(tolerance)} tolerated`
    };
  if (lowEnd !== null && lowEnd >= -tolerance)
    return {
      ...common,
      verdict: lowEnd > tolerance ? "improvement" : "unchanged",
      reason: `capacity ${cand.rate}/s against ${base.rate}/s; even the brackets' least favourable reading (${pct7(lowEnd)}) is within the ${pct7(tolerance)} tolerated`
    };
  const wide = Math.max(width(base), width(cand));
  const open2 = base.high === null || cand.high === null;
  return {
    ...common,
    verdict: "inconclusive",
    reason: open2 ? `a search reached its highest rate without breaking an objective, so its capacity is only known to be at least ${base.high === null ? base.low : cand.low}/s: raise --to` : `the brackets (baseline ${base.low}-${base.high}/s, candidate ${cand.low}-${cand.high}/s, up to ${pct7(wide)} wide) are too wide to tell a drop of ${pct7(tolerance)}: narrow them with a smaller --capacity-resolution (e.g. ${pct7(Math.max(0.01, tolerance / 4))}) or longer --step-duration`
  };
}

// src/domain/capacity/report.ts
var GATE = {
  regression: "fail",
  unchanged: "pass",
  improvement: "pass",
  inconclusive: "inconclusive",
  "no-baseline": "no-baseline"
};
function capacityReport(input) {
  const { candidate } = input;
  const cap = candidate.capacity;
  const stored = input.baselines.flatMap((b) => b.capacity ? [b.capacity] : []);
  const sameSlos = (r) => r.slos.join("\n") === cap.slos.join("\n") && r.exec === cap.exec;
  const comparable = stored.filter((r) => input.force || sameSlos(r));
  const differences = stored.length > 0 && comparable.length === 0 ? [
    `objectives ${stored[0]?.slos.join(", ")} (${stored[0]?.exec}) -> ${cap.slos.join(", ")} (${cap.exec})`
  ] : [];
  const comparison = compareCapacity(comparable, cap, input.tolerance);
  const warnings = [];
  if (input.baselines.length > stored.length)
    warnings.push(
      `${input.baselines.length - stored.length} stored run(s) have no capacity measurement and were left out`
    );
  if (cap.generatorLimited !== null)
    warnings.push(
      `at ${cap.generatorLimited}/s the load generator could not keep up (k6 dropped iterations while every objective held): the service's capacity may be higher than measured; run k6 on a bigger machine or lower --to`
    );
  let verdict = GATE[comparison.verdict];
  let reason = comparison.reason;
  if (differences.length > 0) {
    verdict = "inconclusive";
    reason = `the baseline was measured against other objectives (${differences[0]}); store a new baseline, or pass --force`;
  }
  const capacity = {
    ...comparison,
    slos: cap.slos,
    brokeFirst: cap.brokeFirst,
    margins: cap.margins,
    generatorLimited: cap.generatorLimited,
    ...cap.bottleneck ? { bottleneck: cap.bottleneck } : {},
    steps: { baseline: comparable[0]?.steps ?? [], candidate: cap.steps }
  };
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    verdict,
    reason,
    comparisons: [],
    thresholds: [],
    baseline: stored.length > 0 && input.provenance ? { ...input.provenance, runs: comparable.length } : null,
    candidate: {
      ...candidate.git?.commit ? { commit: candidate.git.commit } : {},
      ...candidate.git?.ref ? { ref: candidate.git.ref } : {},
      start: candidate.run.start,
      durationSeconds: cap.steps.reduce((a, s) => a + s.seconds, 0),
      ...candidate.k6.version ? { k6Version: candidate.k6.version } : {}
    },
    fingerprint: { match: differences.length === 0, forced: input.force === true, differences },
    settings: {
      confidence: input.confidence,
      inconclusivePolicy: input.inconclusivePolicy,
      noiseRuns: comparable.length
    },
    warnings,
    capacity
  };
}

// src/domain/capacity/step-server.ts
function stepServerView(run) {
  const t = run.server?.targets.find((x) => x.scrapes > x.failures);
  if (!t) return void 0;
  const e = t.efficiency;
  const gomaxprocs = t.gauges.go_sched_gomaxprocs_threads?.max;
  const node = Object.keys(t.gauges).some((g2) => g2.startsWith("nodejs_"));
  const handlerP95 = serverLatencyQuantile(t.routes, "p95");
  const waits = DB_WAIT_COUNTERS.reduce((s, n) => s + (t.counters[n] ?? 0), 0);
  return {
    target: t.target,
    ...e.coresUsed !== void 0 ? { coresUsed: e.coresUsed } : {},
    ...gomaxprocs ? { coresUsable: gomaxprocs } : node ? { coresUsable: 1 } : {},
    ...handlerP95 !== void 0 ? { handlerP95Ms: handlerP95 * 1e3 } : {},
    ...e.eventLoopLagMaxSeconds !== void 0 ? { eventLoopLagMaxMs: e.eventLoopLagMaxSeconds * 1e3 } : {},
    ...e.gcTimeShare !== void 0 ? { gcTimeShare: e.gcTimeShare } : {},
    ...waits > 0 ? { poolWaits: waits } : {}
  };
}

// src/domain/capacity/step.ts
var KEEP_UP = 0.95;
var DROPPED_SHARE = 0.01;
function windowValue(w, slo) {
  if (slo.quantile !== void 0) {
    const h = w.trends[slo.metric];
    if (!h || h.count === 0) return void 0;
    return Histogram.fromJSON(h).quantile(slo.quantile);
  }
  const r = w.rates[slo.metric];
  if (!r || r.total === 0) return void 0;
  return r.passes / r.total;
}
function judgeSlo(summary, slo, confidence) {
  const all = summary.series[0];
  let value = null;
  if (all && slo.quantile !== void 0) {
    const h = all.trends[slo.metric];
    if (h && h.count > 0) value = Histogram.fromJSON(h).quantile(slo.quantile);
  } else if (all) {
    const r = all.rates[slo.metric];
    if (r && r.total > 0) value = r.passes / r.total;
  }
  const perWindow2 = (all?.windows ?? []).map((w) => windowValue(w, slo)).filter((v) => v !== void 0);
  const interval = meanInterval(perWindow2, confidence);
  const low = interval && value !== null ? value - (interval.mean - interval.low) : null;
  const high = interval && value !== null ? value + (interval.high - interval.mean) : null;
  let verdict = "unclear";
  if (value !== null && low !== null && high !== null) {
    if (within(slo, high)) verdict = "met";
    else if (!within(slo, low)) verdict = "broken";
  } else if (value !== null && !within(slo, value) && perWindow2.length < 2) verdict = "broken";
  return {
    slo: slo.text,
    value,
    low,
    high,
    limit: slo.limit,
    margin: value === null ? null : (slo.limit - value) / slo.limit,
    verdict
  };
}
var fmt = (n) => Number(n.toPrecision(3)).toString();
function judgeStep(summary, offered, slos, confidence) {
  const all = summary.series[0];
  const seconds = summary.run.durationSeconds;
  const requests2 = all?.counters[HTTP_REQS] ?? 0;
  const achieved = seconds > 0 ? (all?.counters[ITERATIONS] ?? 0) / seconds : 0;
  const failed = all?.rates[HTTP_REQ_FAILED];
  const duration = all?.trends[HTTP_REQ_DURATION];
  const q = (p) => duration && duration.count > 0 ? Histogram.fromJSON(duration).quantile(p) : null;
  const dropped = all?.counters[DROPPED_ITERATIONS] ?? 0;
  const server = stepServerView(summary);
  const judged = slos.map((s) => judgeSlo(summary, s, confidence));
  const keptUp = achieved >= KEEP_UP * offered;
  const droppedShare = seconds > 0 ? dropped / (offered * seconds) : 0;
  const pointWithin = (s, i) => s.value !== null && within(slos[i], s.value);
  const failing = judged.filter(
    (s, i) => s.verdict === "broken" || s.verdict === "unclear" && !pointWithin(s, i)
  );
  const unclear = judged.filter((s, i) => s.verdict === "unclear" && pointWithin(s, i));
  let verdict;
  let reason;
  if (droppedShare > DROPPED_SHARE && failing.length === 0) {
    verdict = "generator-limited";
    reason = `k6 dropped ${dropped} iterations (${fmt(droppedShare * 100)}% of those offered) while every objective held: the load generator could not keep up, not the service`;
  } else if (failing.length > 0 || !keptUp) {
    verdict = "broken";
    const parts = failing.map(
      (s) => `${s.slo} ${s.verdict === "broken" ? "broken" : "broken by its point estimate"}`
    );
    if (!keptUp) parts.push(`achieved ${fmt(achieved)} of ${fmt(offered)} ${CAPACITY_RATE_UNIT} offered`);
    reason = parts.join("; ");
  } else {
    verdict = "met";
    reason = unclear.length > 0 ? `held, ${unclear.map((s) => s.slo).join(", ")} by its point estimate only (its interval reaches the limit)` : "every objective held and the achieved rate kept up";
  }
  return {
    offered,
    achieved,
    seconds,
    requests: requests2,
    errorRate: failed && failed.total > 0 ? failed.passes / failed.total : null,
    p50: q(0.5),
    p95: q(0.95),
    p99: q(0.99),
    dropped,
    slos: judged,
    verdict,
    reason,
    ...server ? { server } : {}
  };
}

// src/domain/capacity/bottleneck.ts
var CPU_BUSY_SHARE = 0.85;
var EVENT_LOOP_SATURATED_MS = 50;
var HANDLER_GROWTH = 1.5;
var ms = (x) => `${Number(x.toPrecision(3))} ms`;
function bottleneckOf(good, bad2) {
  const b = bad2?.server;
  if (!bad2 || !b) return void 0;
  const g2 = good?.server;
  const at = `at ${bad2.offered}/s`;
  if (b.coresUsed !== void 0 && b.coresUsable && b.coresUsed >= CPU_BUSY_SHARE * b.coresUsable)
    return {
      resource: "application CPU",
      evidence: `${at} the service used ${b.coresUsed.toFixed(2)} of its ${b.coresUsable} usable core(s)`
    };
  if (b.eventLoopLagMaxMs !== void 0 && b.eventLoopLagMaxMs >= EVENT_LOOP_SATURATED_MS)
    return {
      resource: "application CPU (event loop)",
      evidence: `${at} the event loop lagged up to ${ms(b.eventLoopLagMaxMs)}${g2?.eventLoopLagMaxMs !== void 0 ? ` (${ms(g2.eventLoopLagMaxMs)} at ${good?.offered}/s)` : ""}`
    };
  if (b.poolWaits !== void 0 && b.poolWaits > (g2?.poolWaits ?? 0))
    return {
      resource: "database connections",
      evidence: `${at} ${b.poolWaits} request(s) waited for a pooled database connection`
    };
  const handlerGrew = b.handlerP95Ms !== void 0 && g2?.handlerP95Ms !== void 0 && b.handlerP95Ms >= HANDLER_GROWTH * g2.handlerP95Ms;
  if (b.gcTimeShare !== void 0 && b.gcTimeShare >= GC_SATURATED_SHARE)
    return {
      resource: "GC",
      evidence: `${at} garbage collection took ${(b.gcTimeShare * 100).toFixed(0)}% of the time`
    };
  if (handlerGrew)
    return {
      resource: "inside the service, not its CPU (a lock, a pool or a downstream call)",
      evidence: `the handlers' own p95 went from ${ms(g2?.handlerP95Ms)} at ${good?.offered}/s to ${ms(b.handlerP95Ms)} ${at}${b.coresUsed !== void 0 ? `, with ${b.coresUsed.toFixed(2)} core(s) used` : ""}`
    };
  const clientGrew = good?.p95 != null && bad2.p95 != null && bad2.p95 >= HANDLER_GROWTH * good.p95;
  const fellBehind2 = bad2.achieved < KEEP_UP * bad2.offered;
  if ((clientGrew || fellBehind2) && b.handlerP95Ms !== void 0 && g2?.handlerP95Ms !== void 0) {
    const client = clientGrew ? `the client's p95 went from ${ms(good?.p95)} to ${ms(bad2.p95)}` : `${Number(bad2.achieved.toPrecision(3))} of the ${bad2.offered} ${CAPACITY_RATE_UNIT} offered completed`;
    return {
      resource: "queueing in front of the handlers (a concurrency limit, the accept backlog, or the network)",
      evidence: `${at} ${client} while the handlers' own p95 stayed at ${ms(b.handlerP95Ms)}`
    };
  }
  return void 0;
}

// src/domain/capacity/search.ts
var DEFAULT_FACTOR = 2;
var DEFAULT_MAX_STEPS = 16;
function bracketOf(steps) {
  const broken = steps.filter((s) => s.verdict === "broken").map((s) => s.offered);
  const bad2 = broken.length > 0 ? Math.min(...broken) : null;
  const good = steps.filter((s) => s.verdict === "met" && (bad2 === null || s.offered < bad2)).map((s) => s.offered);
  const limited = steps.filter((s) => s.verdict === "generator-limited").map((s) => s.offered);
  return {
    good: good.length > 0 ? Math.max(...good) : null,
    bad: bad2,
    generatorLimited: limited.length > 0 ? Math.min(...limited) : null
  };
}
function nextRate(settings, steps) {
  if (steps.length >= settings.maxSteps) return null;
  if (steps.length === 0) return settings.from;
  const { good, bad: bad2, generatorLimited } = bracketOf(steps);
  if (generatorLimited !== null) return null;
  if (bad2 === null) {
    const last = Math.max(...steps.map((s) => s.offered));
    if (last >= settings.to) return null;
    return Math.min(settings.to, Math.round(last * settings.factor));
  }
  if (good === null) return null;
  if (bad2 / good - 1 <= settings.resolution) return null;
  const mid = Math.round(Math.sqrt(good * bad2));
  return mid <= good || mid >= bad2 ? null : mid;
}

// src/domain/capacity/result.ts
function capacityRunOf(steps, slos, exec, settings) {
  const { good, bad: bad2, generatorLimited } = bracketOf(steps);
  const at = (rate) => rate === null ? void 0 : steps.find((s) => s.offered === rate);
  const badStep = at(bad2);
  const brokeFirst = badStep ? [
    ...badStep.slos.filter((s) => s.verdict !== "met").map((s) => s.slo),
    ...badStep.achieved < KEEP_UP * badStep.offered ? ["throughput"] : []
  ] : [];
  const bottleneck = bottleneckOf(at(good), badStep);
  return {
    slos: [...slos],
    exec,
    settings,
    estimate: { rate: good ?? 0, low: good ?? 0, high: bad2 },
    brokeFirst,
    margins: at(good)?.slos ?? null,
    generatorLimited,
    ...bottleneck ? { bottleneck } : {},
    steps: [...steps]
  };
}

// src/io/capacity-wrapper.ts
import { randomBytes as randomBytes2 } from "node:crypto";
import { rm as rm3, writeFile as writeFile2 } from "node:fs/promises";
import { basename, dirname as dirname3, join as join5 } from "node:path";
import { pathToFileURL } from "node:url";
var WRAPPER_ENV = {
  rate: "PERF_GATE_CAPACITY_RATE",
  seconds: "PERF_GATE_CAPACITY_SECONDS",
  vus: "PERF_GATE_CAPACITY_VUS"
};
function wrapperSource(scriptPath, exec) {
  const url = JSON.stringify(pathToFileURL(scriptPath).href);
  const name = JSON.stringify(exec);
  return `// Generated by perf-gate capacity mode; removed after the run.
import * as user from ${url};
const fn = user[${name}];
if (typeof fn !== 'function') throw new Error('perf-gate capacity: the script exports no function ' + ${name});
const rate = Number(__ENV.${WRAPPER_ENV.rate});
const seconds = Number(__ENV.${WRAPPER_ENV.seconds});
const vus = Number(__ENV.${WRAPPER_ENV.vus});
export const options = {
  scenarios: {
    capacity: {
      executor: 'constant-arrival-rate',
      rate: rate,
      timeUnit: '1s',
      duration: seconds + 's',
      preAllocatedVUs: Math.max(1, Math.ceil(vus / 2)),
      maxVUs: vus,
      exec: 'perfGateCapacity',
      gracefulStop: '2s',
    },
  },
};
export function setup() {
  return typeof user.setup === 'function' ? user.setup() : undefined;
}
export function teardown(data) {
  if (typeof user.teardown === 'function') user.teardown(data);
}
export function perfGateCapacity(data) {
  return fn(data);
}
`;
}
async function writeWrapper(scriptPath, exec) {
  const path = join5(
    dirname3(scriptPath),
    `.perf-gate-capacity-${randomBytes2(4).toString("hex")}-${basename(scriptPath).replace(/[^\w.-]/g, "_")}`
  );
  await writeFile2(path, wrapperSource(scriptPath, exec), { flag: "wx" });
  const remove = () => rm3(path, { force: true });
  const forget = onCancel(remove);
  return {
    path,
    remove: async () => {
      forget();
      await remove();
    }
  };
}

// src/pipeline/capacity.ts
var scrapeInterval = (stepSeconds) => Math.max(0.5, Math.min(DEFAULT_SCRAPE_INTERVAL_SECONDS, stepSeconds / 4));
var WORKLOAD_VARIABLES = ["K6_VUS", "K6_DURATION", "K6_ITERATIONS", "K6_STAGES"];
var WORKLOAD_FLAGS = /^(--vus|-u|--duration|-d|--iterations|-i|--stage|-s)(=|$)/;
function vuBudget(rate, latencyBoundMs) {
  return Math.max(2, Math.ceil(2 * rate * latencyBoundMs / 1e3) + 2);
}
function checkSchedule(config) {
  const variable = WORKLOAD_VARIABLES.find((v) => (process.env[v] ?? "") !== "");
  if (variable)
    throw new PerfGateError(
      `${variable} is set: k6 would let it replace the capacity schedule`,
      `Unset ${variable} for capacity mode: it sets the rate, duration and VUs itself`
    );
  const shortcut = config.k6Args.find((a) => WORKLOAD_FLAGS.test(a));
  if (shortcut)
    throw new PerfGateError(
      `${shortcut} among the k6 arguments would replace the capacity schedule`,
      "Drop it: capacity mode sets the rate, duration and VUs itself"
    );
}
function refuseBrokenFirstStep(summary) {
  const broken = brokenFindings(runHealth(summary, void 0, { expectDropped: true }));
  if (broken.length > 0)
    throw brokenRunError(broken, "at the first, lowest rate the search would measure nothing");
}
function checkMetrics(summary, slos) {
  for (const slo of slos) {
    const info = summary.metrics[slo.metric];
    const wanted = slo.quantile === void 0 ? "rate" : "trend";
    if (!info)
      throw new PerfGateError(
        `the objective ${slo.text} names ${slo.metric}, which the script did not produce`,
        `Check the metric name (k6 reported ${Object.keys(summary.metrics).slice(0, 12).join(", ")})`
      );
    if (info.type !== wanted)
      throw new PerfGateError(
        `the objective ${slo.text} takes ${slo.stat} of ${slo.metric}, a ${info.type}`,
        wanted === "rate" ? "Use a percentile (pNN) for a Trend" : "Use rate for a Rate metric"
      );
  }
}
async function runCapacity(config, deps) {
  const { logger } = deps;
  const { slos } = config;
  checkSchedule(config);
  const scriptPath = resolve5(config.cwd, config.script);
  if (!existsSync5(scriptPath))
    throw new PerfGateError(
      `script not found: ${config.script}`,
      "Check the path (relative to the working directory)"
    );
  const scriptContent = readFileSync6(scriptPath, "utf8");
  const k6 = await deps.k6();
  const latencyBound = Math.max(1e3, ...slos.filter((s) => s.quantile !== void 0).map((s) => s.limit));
  const search = {
    from: config.from,
    to: config.to,
    factor: DEFAULT_FACTOR,
    resolution: config.resolution,
    maxSteps: DEFAULT_MAX_STEPS
  };
  const envFor = (rate) => ({
    ...config.scriptEnv,
    [WRAPPER_ENV.rate]: String(rate),
    [WRAPPER_ENV.seconds]: String(config.stepSeconds),
    [WRAPPER_ENV.vus]: String(vuBudget(rate, latencyBound))
  });
  const wrapper = await writeWrapper(scriptPath, config.exec);
  const steps = [];
  const summaries = /* @__PURE__ */ new Map();
  try {
    const prepared = await prepareLiveRun(
      {
        script: wrapper.path,
        cwd: config.cwd,
        scriptEnv: envFor(config.from),
        k6Args: config.k6Args,
        warmupSeconds: config.warmupSeconds,
        git: config.git,
        ...config.serverMetrics?.length ? { serverMetrics: config.serverMetrics, scrapeIntervalSeconds: scrapeInterval(config.stepSeconds) } : {},
        ...config.prometheus ? { prometheus: config.prometheus } : {}
      },
      k6
    );
    for (let rate = nextRate(search, steps); rate !== null; rate = nextRate(search, steps)) {
      const n = steps.length + 1;
      const offered = rate;
      const once = () => logger.group(
        `Capacity step ${n}: ${offered} ${CAPACITY_RATE_UNIT} for ${config.stepSeconds}s`,
        async () => {
          const run2 = { ...prepared, request: { ...prepared.request, scriptEnv: envFor(offered) } };
          return (await runK6Live(run2, k6, logger)).summary;
        }
      );
      let summary2 = await once();
      if (steps.length === 0) {
        checkMetrics(summary2, slos);
        refuseBrokenFirstStep(summary2);
      }
      let step = judgeStep(summary2, offered, slos, config.confidence);
      if (step.slos.some((s) => s.verdict === "unclear")) {
        logger.info(`step ${n}: ${step.reason}; offering ${offered}/s again to narrow the interval`);
        summary2 = poolRepeatedRuns([summary2, await once()]);
        step = judgeStep(summary2, offered, slos, config.confidence);
      }
      steps.push(step);
      summaries.set(offered, summary2);
      logger.info(progressLine2(n, step));
    }
  } finally {
    await wrapper.remove();
  }
  const sloTexts = slos.map((s) => s.text);
  const run = capacityRunOf(steps, sloTexts, config.exec, {
    ...search,
    stepSeconds: config.stepSeconds,
    warmupSeconds: config.warmupSeconds
  });
  logger.info(
    `capacity: ${run.estimate.rate}/s (bracket ${run.estimate.low}-${run.estimate.high ?? `above ${config.to}`}/s)${run.brokeFirst.length > 0 ? `; broke first: ${run.brokeFirst.join(", ")}` : ""}${run.bottleneck ? `; bottleneck: ${run.bottleneck.resource}` : ""}`
  );
  const shown = summaries.get(run.estimate.low) ?? summaries.get(steps[steps.length - 1]?.offered ?? -1);
  const summary = {
    ...shown,
    fingerprint: computeFingerprint(scriptContent, {
      scenarios: {
        capacity: { executor: "perf-gate-capacity", exec: config.exec, slo: sloTexts.join("; ") }
      }
    }),
    capacity: run
  };
  const loaded = await loadBaseline(deps, config.baseline);
  const provenance = provenanceOf(loaded);
  const report = capacityReport({
    baselines: loaded.runs.map((h) => h.summary),
    candidate: summary,
    tolerance: config.tolerance,
    confidence: config.confidence,
    inconclusivePolicy: config.inconclusivePolicy,
    force: config.force,
    ...provenance ? { provenance } : {}
  });
  if (loaded.selection?.warning) report.warnings.unshift(loaded.selection.warning);
  const comparable = loaded.runs.filter((h) => h.summary.capacity).length;
  const { saved: baselineSaved } = await saveBaseline(deps, config.baseline, loaded, [summary], comparable);
  return { report, summary, baselineSaved };
}
var f = (n, unit = "") => n === null ? "n/a" : `${Number(n.toPrecision(3))}${unit}`;
function progressLine2(n, s) {
  const mark = s.verdict === "met" ? "\u2713" : s.verdict === "broken" ? "\u2717" : "!";
  return `${mark} step ${n}: offered ${s.offered} ${CAPACITY_RATE_UNIT}, achieved ${f(s.achieved)}, p50 ${f(s.p50, " ms")}, p95 ${f(s.p95, " ms")}, p99 ${f(s.p99, " ms")}, errors ${s.errorRate === null ? "n/a" : `${f(s.errorRate * 100)}%`}, dropped ${s.dropped}: ${s.reason}`;
}

// src/pipeline/gate.ts
async function gate(request, deps) {
  let report;
  let saved = false;
  let summary;
  let trend2;
  if (request.mode === "history") {
    if (!deps.store) throw new Error("gate: history mode needs a baseline store");
    const outcome = await runGate(request.run, { ...deps, store: deps.store });
    ({ report, summary, trend: trend2 } = outcome);
    saved = outcome.baselineSaved;
  } else if (request.mode === "capacity") {
    if (!deps.store || !deps.k6) throw new Error("gate: capacity mode needs a baseline store and k6");
    const outcome = await runCapacity(request.capacity, { ...deps, store: deps.store, k6: deps.k6 });
    ({ report, summary } = outcome);
    saved = outcome.baselineSaved;
  } else if (request.mode === "ab") {
    if (!deps.k6) throw new Error("gate: A/B mode needs k6");
    report = (await runAB(request.ab, await deps.k6(), deps.logger)).report;
  } else {
    report = compareRuns(request.baselines, request.candidate, request.gate, {
      ...request.provenance ? { provenance: request.provenance } : {}
    });
  }
  if (deps.review) report = await deps.review(report);
  const { exitCode, annotations } = outcomeOf(report, deps.policy);
  return {
    report,
    exitCode,
    annotations,
    saved,
    ...summary ? { summary } : {},
    ...trend2 ? { trend: trend2 } : {}
  };
}

// src/cli/publish-local.ts
import { mkdir as mkdir2, writeFile as writeFile3 } from "node:fs/promises";
import { dirname as dirname4, resolve as resolve7 } from "node:path";

// src/io/local-baseline-store.ts
import { mkdir, readdir, rm as rm4 } from "node:fs/promises";
import { isAbsolute, join as join6, relative, resolve as resolve6 } from "node:path";

// src/io/trend-file.ts
import { readFile as readFile3, stat } from "node:fs/promises";
var TREND_FILE = "perf-gate-trend.json";
var MAX_TREND_FILE_BYTES = 8 * 1024 * 1024;
async function readTrendFile(path) {
  try {
    const size = (await stat(path)).size;
    if (size > MAX_TREND_FILE_BYTES) return { problem: `${size} bytes, more than a trend can be` };
    const text2 = await readFile3(path, "utf8");
    try {
      return { json: JSON.parse(text2) };
    } catch (err) {
      return { problem: `not JSON (${err.message})` };
    }
  } catch (err) {
    if (err.code === "ENOENT") return void 0;
    return { problem: `unreadable (${err.code ?? err.message})` };
  }
}

// src/io/local-baseline-store.ts
var FILE_PATTERN = /^\d{8}T\d{6}Z-\d+\.json$/;
function fileNameFor(summary, taken) {
  const stamp = summary.run.start.replace(/[-:]/g, "").replace(/\.\d+/, "");
  for (let n = 0; ; n++) {
    const name = `${stamp}-${n}.json`;
    if (!taken.has(name)) return name;
  }
}
function displayPath(dir, cwd) {
  const inside = relative(cwd, dir);
  if (inside === "") return ".";
  return inside.startsWith("..") || isAbsolute(inside) ? resolve6(dir) : inside;
}
var LocalBaselineStore = class {
  constructor(dir, cwd = process.cwd()) {
    this.dir = dir;
    this.description = displayPath(dir, cwd);
  }
  dir;
  description;
  async files() {
    try {
      return (await readdir(this.dir)).filter((f2) => FILE_PATTERN.test(f2)).sort();
    } catch (err) {
      if (err.code === "ENOENT") return [];
      throw new PerfGateError(
        `cannot read the baseline directory ${this.description}: ${err.message}`,
        "Check its permissions"
      );
    }
  }
  async *sets() {
    const files = (await this.files()).reverse();
    if (files.length === 0) return;
    yield {
      label: this.description,
      snapshot: false,
      read: () => this.read(files),
      trend: () => readTrendFile(join6(this.dir, TREND_FILE))
    };
  }
  async read(files) {
    const out = [];
    for (const file of files) {
      const path = join6(this.dir, file);
      const summary = await readRunSummary(path);
      out.push({
        summary,
        provenance: {
          runs: 1,
          commit: summary.git?.commit,
          ref: summary.git?.ref,
          start: summary.run.start,
          source: join6(this.description, file)
        }
      });
    }
    return out;
  }
  async write(runs2, _carried, keep, trend2) {
    await mkdir(this.dir, { recursive: true });
    const existing = await this.files();
    const taken = new Set(existing);
    for (const summary of [...runs2].reverse()) {
      const name = fileNameFor(summary, taken);
      await writeRunSummary(join6(this.dir, name), summary);
      taken.add(name);
    }
    const all = [...taken].sort();
    const drop = all.slice(0, Math.max(0, all.length - Math.max(1, keep)));
    await Promise.all(drop.map((f2) => rm4(join6(this.dir, f2), { force: true })));
    if (trend2 !== void 0) await writeJsonAtomically(join6(this.dir, TREND_FILE), trend2);
  }
};

// src/cli/publish-local.ts
async function writeTo(path, content) {
  await mkdir2(dirname4(path), { recursive: true });
  await writeFile3(path, content);
}
async function publishLocally(report, values, ctx, info) {
  ctx.stdout(renderTerminal(report, { color: shouldUseColor(ctx.env, ctx.isTTY) }));
  if (values.reportPath) {
    await writeTo(resolve7(ctx.cwd, values.reportPath), `${JSON.stringify(report, null, 2)}
`);
    ctx.logger.info(`report JSON written to ${values.reportPath}`);
  }
  if (values.markdown) {
    await writeTo(
      resolve7(ctx.cwd, values.markdown),
      renderComment(report, { gateId: info.gateId, now: (/* @__PURE__ */ new Date()).toISOString() })
    );
    ctx.logger.info(`Markdown written to ${values.markdown}`);
  }
  if (info.baselineSaved && info.store) {
    const where = displayPath(info.store, ctx.cwd);
    ctx.logger.info(
      report.verdict === "no-baseline" ? `No baseline yet: this run is now the baseline (${where}). Run again to compare against it.` : `This run is now the baseline (${where}).`
    );
  }
}

// src/io/config-file.ts
import { readFile as readFile4 } from "node:fs/promises";
import { isAbsolute as isAbsolute2, join as join7, relative as relative2, resolve as resolve8, sep } from "node:path";

// src/options/config-file.ts
var import_yaml = __toESM(require_dist(), 1);

// src/options/values.ts
var bad = (label, text2, what, hint) => new PerfGateError(`${label} "${text2}" ${what}`, hint);
var NEGATIVE = /^\s*-/;
var ZERO_TOLERANCE_HINT = "Write at least 1% (runs on one machine vary by about 3%)";
function parsePercent(text2, label) {
  if (NEGATIVE.test(text2))
    throw bad(label, text2, "must be positive", "Write it like 10% (or the fraction 0.1)");
  const m = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*(%?)\s*$/.exec(text2);
  if (!m) throw bad(label, text2, "is not a percentage", "Write it like 10% (or the fraction 0.1)");
  const value = Number(m[1]);
  if (m[2] !== "%" && value >= 1)
    throw bad(
      label,
      text2,
      "is ambiguous",
      `Write ${value}% for ${value} percent (a fraction is below 1, e.g. 0.1)`
    );
  const fraction = m[2] === "%" ? value / 100 : value;
  if (fraction === 0)
    throw bad(label, text2, "is zero: no interval can show a change within it", ZERO_TOLERANCE_HINT);
  if (fraction > 10) throw bad(label, text2, "is out of range", "Use a value between 0% and 1000%");
  return fraction;
}
function parsePoints(text2, label) {
  if (NEGATIVE.test(text2)) throw bad(label, text2, "must be positive", "Write it like 0.1pp");
  const m = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*(pp|%)?\s*$/.exec(text2);
  if (!m) throw bad(label, text2, "is not a number of percentage points", "Write it like 0.1pp");
  const points = Number(m[1]);
  if (m[2] !== "pp")
    throw bad(
      label,
      text2,
      "does not say its unit",
      `Write ${points}pp for ${points} percentage points (a change of a rate, e.g. from 1% to ${Number((1 + points).toFixed(6))}%)`
    );
  if (points === 0)
    throw bad(label, text2, "is zero: no interval can show a change within it", "Write at least 0.01pp");
  if (points >= 100) throw bad(label, text2, "is out of range", "Use less than 100 percentage points");
  return points / 100;
}
function parseTolerance(text2, label) {
  return /pp\s*$/.test(text2) ? { value: parsePoints(text2, label), scale: "difference" } : { value: parsePercent(text2, label), scale: "ratio" };
}
function parseConfidence(text2, label) {
  const m = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*(%?)\s*$/.exec(text2);
  const value = m ? Number(m[1]) / (m[2] === "%" ? 100 : 1) : NaN;
  if (!(value >= 0.5 && value < 1))
    throw bad(label, text2, "is not a confidence in [0.5, 1)", "Write it like 0.99 or 99%");
  return value;
}
function parseDuration(text2, label) {
  const trimmed = text2.trim();
  if (NEGATIVE.test(trimmed))
    throw bad(label, text2, "must be positive", "Write it like 30s, 1m30s, 500ms or 0");
  if (/^0+(\.0+)?$/.test(trimmed)) return 0;
  if (/^\d+(\.\d+)?$/.test(trimmed))
    throw bad(label, text2, "has no unit", `Write ${trimmed}s for ${trimmed} seconds (or 500ms, 1m)`);
  const units = { ms: 1e-3, s: 1, m: 60, h: 3600 };
  const re = /(\d+(?:\.\d+)?)(ms|s|m|h)/gy;
  let total = 0;
  let matched = 0;
  for (let m = re.exec(trimmed); m; m = re.exec(trimmed)) {
    total += Number(m[1]) * units[m[2]];
    matched += m[0].length;
  }
  if (matched === 0 || matched !== trimmed.length)
    throw bad(label, text2, "is not a duration", "Write it like 30s, 1m30s, 500ms or 0");
  return total;
}
function splitArgs(text2) {
  const out = [];
  for (const m of text2.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)) out.push(m[1] ?? m[2] ?? m[3] ?? "");
  return out;
}
function parseCount(text2, label, min = 1, max = Number.MAX_SAFE_INTEGER) {
  if (NEGATIVE.test(text2))
    throw bad(label, text2, "must be positive", `Write a whole number of at least ${min}`);
  if (!/^\s*\d+\s*$/.test(text2) || Number(text2) < min)
    throw bad(label, text2, `is not a whole number of at least ${min}`, `Write it like ${Math.max(min, 5)}`);
  if (Number(text2) > max) throw bad(label, text2, `is more than ${max}`, `Write at most ${max}`);
  return Number(text2);
}
function parseChoice(text2, label, allowed) {
  if (allowed.includes(text2.trim())) return text2.trim();
  throw bad(label, text2, `is not ${allowed.join(", ")}`, `Write one of them, e.g. ${allowed[0]}`);
}
function parseName(text2, label) {
  if (/^[A-Za-z0-9._-]+$/.test(text2.trim())) return text2.trim();
  throw bad(label, text2, "has characters other than letters, digits, . _ -", "Use e.g. checkout");
}
function parseKeyValues(items, label) {
  const out = {};
  for (const item of items) {
    const at = item.indexOf("=");
    if (at <= 0) throw bad(label, item, "is not KEY=VALUE", "Write it like BASE_URL=http://127.0.0.1:8080");
    out[item.slice(0, at).trim()] = item.slice(at + 1);
  }
  return out;
}
function parseMetricStats(items, label) {
  return items.map((item) => {
    const m = /^\s*([A-Za-z_][A-Za-z0-9_]*)(?::([A-Za-z0-9_.]+))?\s*$/.exec(item);
    if (!m) throw bad(label, item, "is not a metric or metric:stat", "Write it like http_req_duration:p99");
    if (m[2] !== void 0 && !knownStats().includes(m[2]))
      throw bad(
        label,
        item,
        "names a statistic the gate does not compare",
        `Use one of ${knownStats().join(", ")}`
      );
    return { metric: m[1], ...m[2] ? { stat: m[2] } : {} };
  });
}
function closest(typo, names) {
  let best;
  let bestDistance = Infinity;
  for (const name of names) {
    const d = editDistance(typo, name);
    if (d < bestDistance) [best, bestDistance] = [name, d];
  }
  return bestDistance <= Math.max(2, Math.floor(typo.length / 4)) ? best : void 0;
}
function editDistance(a, b) {
  let previous2 = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(
        previous2[j] + 1,
        current[j - 1] + 1,
        previous2[j - 1] + cost
      );
    }
    previous2 = current;
  }
  return previous2[b.length];
}

// src/options/read.ts
function labelOf(o, surface) {
  if (surface.kind === "cli") return `--${flagOf(o)}`;
  if (surface.kind === "action") return `input '${o.name}'`;
  return `${surface.file}: ${o.name}`;
}
var splitLines = (text2) => text2.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== "" && !l.startsWith("#"));
function asList(raw, commas) {
  if (raw === void 0 || typeof raw === "boolean") return [];
  const items = typeof raw === "string" ? splitLines(raw) : [...raw];
  return commas ? items.flatMap((i) => i.split(",")).map((i) => i.trim()).filter(Boolean) : items;
}
function asText(o, raw, label) {
  if (typeof raw === "string") return raw;
  if (Array.isArray(raw)) {
    if (raw.length === 1) return raw[0];
    throw new PerfGateError(`${label} is given ${raw.length} times`, "Give it once");
  }
  throw new PerfGateError(`${label} needs a value`, `Write it like ${label} ${o.default ?? "..."}`);
}
function parseOption(o, raw, label) {
  switch (o.kind) {
    case "flag":
      if (typeof raw === "boolean") return raw;
      if (raw === "true" || raw === "false") return raw === "true";
      throw new PerfGateError(`${label} "${String(raw)}" is not true or false`, "Write true or false");
    case "lines":
      return asList(raw, false);
    case "key-values":
      return parseKeyValues(asList(raw, false), label);
    case "metric-stats":
      return parseMetricStats(asList(raw, true), label);
    default:
      break;
  }
  const text2 = asText(o, raw, label);
  switch (o.kind) {
    case "percent":
      return parsePercent(text2, label);
    case "points":
      return parsePoints(text2, label);
    case "confidence":
      return parseConfidence(text2, label);
    case "count":
      return parseCount(text2, label, o.min ?? 1, o.max);
    case "duration":
      return parseDuration(text2, label);
    case "choice":
      return parseChoice(text2, label, o.choices ?? []);
    case "name":
      return parseName(text2, label);
    default:
      return text2.trim();
  }
}
var isBlank = (raw) => raw === void 0 || typeof raw === "string" && raw.trim() === "" || Array.isArray(raw) && raw.length === 0;
function readGiven(raw, surface) {
  const out = {};
  for (const [key, value] of Object.entries(raw)) {
    if (isBlank(value)) continue;
    const o = OPTIONS[key];
    out[key] = parseOption(o, value, labelOf(o, surface));
  }
  return out;
}
function defaultsFor(surface) {
  const out = {};
  for (const [key, o] of Object.entries(OPTIONS)) {
    const text2 = surface === "cli" ? o.cli?.default ?? o.default : o.default;
    if (text2 === void 0 || text2 === "" || text2.includes("${{")) continue;
    out[key] = parseOption(o, text2, `the default of ${o.name}`);
  }
  return out;
}
function layered(...layers) {
  return Object.assign({}, ...layers);
}

// src/options/config-file.ts
var CONFIG_FILE_NAMES = ["perf-gate.config.json", "perf-gate.config.yml", "perf-gate.config.yaml"];
var CONFIG_OPTIONS = new Map(
  Object.entries(OPTIONS).filter(([, o]) => o.config).map(([k, o]) => [o.name, k])
);
var RULE_KEYS = ["metric", "stats", "series", "gate", "tolerance", "better"];
function unknownKey(file, key, known2, where = "") {
  const suggestion = closest(key, known2);
  return new PerfGateError(
    `${file}: unknown key "${key}"${where}`,
    suggestion ? `Did you mean "${suggestion}"? ` : `Known keys: ${known2.join(", ")}`
  );
}
var isRecord = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function checkedScale(t, at, metric, stats) {
  const builtin = BUILTIN_METRICS[metric];
  const expected = stats?.length ? stats.map(scaleOfStat) : builtin ? [builtin.type === "rate" ? "difference" : "ratio"] : [];
  if (expected.every((scale) => scale === t.scale)) return t;
  throw new PerfGateError(
    t.scale === "difference" ? `${at}.tolerance is in percentage points, but ${metric}${stats?.length ? `:${stats.join(",")}` : ""} is compared as a relative change` : `${at}.tolerance is a relative change, but ${metric}${stats?.length ? `:${stats.join(",")}` : ""} is a rate, compared in percentage points`,
    t.scale === "difference" ? 'Write it like "tolerance": "20%" (or split the rule by its "stats")' : 'Write it like "tolerance": "0.5pp"'
  );
}
function ruleFrom(file, item, i) {
  const at = `${file}: metrics[${i}]`;
  if (!isRecord(item))
    throw new PerfGateError(`${at} is not an object`, 'Write it like { "metric": "checks", "gate": false }');
  for (const key of Object.keys(item))
    if (!RULE_KEYS.includes(key)) throw unknownKey(file, key, RULE_KEYS, ` in metrics[${i}]`);
  const { metric, stats, series: series2, gate: gate2, tolerance, better } = item;
  if (typeof metric !== "string" || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(metric))
    throw new PerfGateError(
      `${at}.metric is missing or not a k6 metric name`,
      'Write it like "metric": "http_req_duration"'
    );
  if (stats !== void 0 && (!Array.isArray(stats) || !stats.every((s) => typeof s === "string")))
    throw new PerfGateError(
      `${at}.stats is not a list of statistics`,
      'Write it like "stats": ["p95", "p99"] or ["rate"]'
    );
  const known2 = knownStats();
  const unknown = stats?.find((s) => !known2.includes(s));
  if (unknown !== void 0)
    throw new PerfGateError(
      `${at}.stats "${unknown.slice(0, 40)}" is not a statistic the gate compares`,
      `Use ${known2.join(", ")}${closest(unknown, known2) ? ` (did you mean "${closest(unknown, known2)}"?)` : ""}`
    );
  if (series2 !== void 0 && (!isRecord(series2) || !Object.values(series2).every((v) => typeof v === "string")))
    throw new PerfGateError(
      `${at}.series is not a tag filter`,
      'Write it like "series": { "name": "GET /products" }'
    );
  if (gate2 !== void 0 && typeof gate2 !== "boolean")
    throw new PerfGateError(
      `${at}.gate is not true or false`,
      'Write "gate": false to report a metric without gating it'
    );
  if (better !== void 0 && better !== "higher" && better !== "lower")
    throw new PerfGateError(
      `${at}.better "${String(better)}" is not higher or lower`,
      'Write "better": "lower" for errors and durations'
    );
  const parsedTolerance = tolerance === void 0 ? void 0 : checkedScale(
    parseTolerance(String(tolerance), `${at}.tolerance`),
    at,
    metric,
    stats
  );
  const base = {
    metric,
    ...series2 ? { series: series2 } : {},
    ...gate2 !== void 0 ? { gated: gate2 } : {},
    ...parsedTolerance ? { tolerance: parsedTolerance.value, toleranceScale: parsedTolerance.scale } : {},
    ...better ? { direction: better === "lower" ? "higher-is-worse" : "higher-is-better" } : {}
  };
  return stats ? stats.map((stat2) => ({ ...base, stat: stat2 })) : [base];
}
function parseGateFileConfig(file, text2) {
  let doc;
  try {
    doc = /\.ya?ml$/i.test(file) ? (0, import_yaml.parse)(text2) : JSON.parse(text2);
  } catch (err) {
    throw new PerfGateError(
      `${file} is not valid ${/\.ya?ml$/i.test(file) ? "YAML" : "JSON"}: ${err.message.split("\n")[0]}`,
      "Fix the syntax"
    );
  }
  if (doc === null || doc === void 0) return { file, values: {}, rules: [], written: {} };
  if (!isRecord(doc))
    throw new PerfGateError(`${file} is not an object of settings`, 'Write it like { "tolerance": "5%" }');
  const raw = {};
  let rules = [];
  const known2 = [...CONFIG_OPTIONS.keys(), "metrics"];
  for (const [key, value] of Object.entries(doc)) {
    if (key === "metrics") {
      if (!Array.isArray(value))
        throw new PerfGateError(
          `${file}: metrics is not a list`,
          'Write it like "metrics": [{ "metric": "checks", "gate": false }]'
        );
      rules = value.flatMap((item, i) => ruleFrom(file, item, i));
      continue;
    }
    const optionKey = CONFIG_OPTIONS.get(key);
    if (!optionKey) throw unknownKey(file, key, known2);
    raw[optionKey] = typeof value === "boolean" ? value : Array.isArray(value) ? value.map(String) : String(value);
  }
  const written = Object.fromEntries(
    Object.entries(doc).map(([key, value]) => [
      key,
      typeof value === "string" ? value : JSON.stringify(value)
    ])
  );
  return { file, values: readGiven(raw, { kind: "config", file }), rules, written };
}

// src/io/config-file.ts
var candidatesIn = (cwd, explicit) => explicit ? [isAbsolute2(explicit) ? explicit : resolve8(cwd, explicit)] : CONFIG_FILE_NAMES.map((n) => join7(cwd, n));
async function loadGateFileConfig(cwd, explicit) {
  for (const path of candidatesIn(cwd, explicit)) {
    let text2;
    try {
      text2 = await readFile4(path, "utf8");
    } catch (err) {
      if (err.code === "ENOENT" && !explicit) continue;
      throw new PerfGateError(
        `cannot read the config file ${explicit ?? path}: ${err.code ?? err.message}`,
        "Check the path given to --config (input config)"
      );
    }
    return parseGateFileConfig(relative2(cwd, path) || path, text2);
  }
  return void 0;
}

// src/options/request.ts
import { isAbsolute as isAbsolute3, join as join8, resolve as resolve9 } from "node:path";

// src/options/gate-settings.ts
function gateConfigFrom(values, fileRules = []) {
  return {
    ...DEFAULT_GATE_CONFIG,
    ...values.tolerance !== void 0 ? { latencyTolerance: values.tolerance } : {},
    ...values.errorTolerance !== void 0 ? { errorRateTolerance: values.errorTolerance } : {},
    ...values.confidence !== void 0 ? { confidence: values.confidence } : {},
    ...values.onInconclusive !== void 0 ? { inconclusivePolicy: values.onInconclusive } : {},
    forceFingerprint: values.force ?? false,
    rules: [
      ...DEFAULT_GATE_CONFIG.rules,
      ...fileRules,
      ...(values.reportOnly ?? []).map((r) => ({ ...r, gated: false }))
    ]
  };
}
function runCountsFrom(values, words, context) {
  const runs2 = values.runs;
  const repeats = context.script && !context.refresh;
  const maxRuns = values.maxRuns ?? (repeats ? Math.max(runs2, DEFAULT_MAX_RUNS) : runs2);
  if (!context.script && maxRuns > 1)
    throw new PerfGateError(
      `${words.label("runs")} and ${words.label("maxRuns")} repeat a script, and results are read once`,
      "Leave them out, or run the script instead of reading its results"
    );
  if (maxRuns < runs2)
    throw new PerfGateError(
      `${words.label("maxRuns")} (${maxRuns}) is below ${words.label("runs")} (${runs2})`,
      `Set ${words.label("maxRuns")} to at least ${runs2}, or leave it out`
    );
  return { runs: runs2, maxRuns, rerun: values.rerun };
}

// src/ingest/vegeta-rate.ts
var UNIT_SECONDS2 = { ns: 1e-9, us: 1e-6, \u00B5s: 1e-6, ms: 1e-3, s: 1, m: 60, h: 3600 };
function parseVegetaRate(text2, label = "vegeta rate") {
  const m = /^\s*(\d{1,9})\s*(?:\/\s*(\d+(?:\.\d+)?)?\s*(ns|us|µs|ms|s|m|h))?\s*$/.exec(text2);
  const freq = m ? Number(m[1]) : NaN;
  const per = m?.[3] ? Number(m[2] ?? "1") * UNIT_SECONDS2[m[3]] : 1;
  if (!m || !(freq > 0) || !(per > 0))
    throw new PerfGateError(
      `${label} "${text2}" is not a rate perf-gate can gate`,
      "Write it like 100/s, 100/1s or 6000/1m (a positive number of requests per period)"
    );
  return freq / per;
}

// src/options/request-modes.ts
var prometheusOf = (values) => values.prometheus ? { url: values.prometheus, queries: values.prometheusQuery ?? {} } : void 0;
var TARGET_NAME = /^([A-Za-z_][\w.-]{0,63})\s*=\s*(.*)$/s;
function serverMetricsTargets(lines, words) {
  const targets = (lines ?? []).map((line) => {
    const named = TARGET_NAME.exec(line.trim());
    return named ? { name: named[1], url: named[2].trim() } : { url: line.trim() };
  });
  checkUrls(
    targets.map((t) => t.url),
    words,
    "serverMetrics"
  );
  const seen = /* @__PURE__ */ new Set();
  for (const { name } of targets) {
    if (name === void 0) continue;
    if (seen.has(name))
      throw new PerfGateError(
        `${words.label("serverMetrics")} names two targets "${name.slice(0, 64)}"`,
        "Give every target its own name (name=url): the name is how it is paired with the baseline's"
      );
    seen.add(name);
  }
  return targets;
}
function checkUrls(urls, words, key) {
  for (const url of urls) {
    let parsed;
    try {
      parsed = new URL(url);
    } catch {
      parsed = void 0;
    }
    if (!parsed || parsed.protocol !== "http:" && parsed.protocol !== "https:")
      throw new PerfGateError(
        `${words.label(key)} "${url.slice(0, 200)}" is not an http(s) URL`,
        key === "baselineTarget" || key === "candidateTarget" ? `Write the full URL with its scheme, e.g. http://${url.replace(/^[a-z]+:\/\//i, "").slice(0, 60) || "127.0.0.1:8080"}` : "Write the full URL of the Prometheus endpoint, e.g. http://127.0.0.1:2121/metrics"
      );
  }
}
var OWN_VEGETA_FLAGS = /^--?(rate|duration|targets|output)(=|$)/;
function vegetaAttack(values, words, cliArgs) {
  const { vegetaTargets: targets, vegetaRate: rate, vegetaDuration: durationSeconds } = values;
  if (!targets || !rate || durationSeconds === void 0)
    throw new PerfGateError(
      words.surface === "cli" ? `perf-gate vegeta needs ${words.name("vegetaRate")} and ${words.name("vegetaDuration")}` : `${words.label("vegetaTargets")} needs ${words.name("vegetaRate")} and ${words.name("vegetaDuration")}`,
      words.surface === "cli" ? "Add e.g. --rate 100/s --duration 30s" : "Set them, e.g. vegeta-rate: 100/s and vegeta-duration: 30s"
    );
  const ratePerSecond = parseVegetaRate(rate, words.label("vegetaRate"));
  if (!(durationSeconds > 0))
    throw new PerfGateError(
      `${words.label("vegetaDuration")} is 0, which would attack until stopped`,
      "Give the attack a duration, e.g. 30s"
    );
  if (values.warmup !== void 0 && values.warmup >= durationSeconds)
    throw new PerfGateError(
      `${words.label("warmup")} (${values.warmup}s) is as long as the attack (${durationSeconds}s): nothing would be left to compare`,
      `Shorten ${words.name("warmup")} to well under ${durationSeconds}s, or lengthen ${words.name("vegetaDuration")}`
    );
  const extraArgs = [...cliArgs ?? splitArgs(values.vegetaArgs ?? "")];
  const clash = extraArgs.find((a) => OWN_VEGETA_FLAGS.test(a));
  if (clash)
    throw new PerfGateError(
      `the extra vegeta flag ${clash} is set by perf-gate`,
      `Use ${words.name("vegetaRate")} and ${words.name("vegetaDuration")} (and ${words.name("vegetaTargets")}) instead`
    );
  return { targets, rate, ratePerSecond, durationSeconds, extraArgs };
}
function abRequest(values, load, gate2, words) {
  const { baselineTarget, candidateTarget } = values;
  if (!baselineTarget || !candidateTarget)
    throw new PerfGateError(
      `A/B mode needs both ${words.label("baselineTarget")} and ${words.name("candidateTarget")}`,
      "Set both to the URLs of the two versions, or neither"
    );
  if (!values.script)
    throw new PerfGateError(
      `A/B mode runs ${words.name("script")}`,
      `Set ${words.name("script")} to the k6 script`
    );
  if (values.serverMetrics?.length)
    throw new PerfGateError(
      `in A/B mode ${words.name("serverMetrics")} does not say which version it belongs to`,
      `Use ${words.name("baselineServerMetrics")} and ${words.name("candidateServerMetrics")}, one URL per line each`
    );
  checkUrls([baselineTarget], words, "baselineTarget");
  checkUrls([candidateTarget], words, "candidateTarget");
  const baseline = values.baselineServerMetrics ?? [];
  const candidate = values.candidateServerMetrics ?? [];
  if (baseline.length !== candidate.length)
    throw new PerfGateError(
      `A/B mode pairs ${words.name("baselineServerMetrics")} with ${words.name("candidateServerMetrics")} line by line, but there are ${baseline.length} baseline and ${candidate.length} candidate URL(s)`,
      "Give one candidate URL per baseline URL, in the same order (each version's /metrics)"
    );
  const pairs2 = values.pairs;
  const maxPairs = values.maxPairs;
  if (maxPairs < pairs2)
    throw new PerfGateError(
      `${words.label("maxPairs")} (${maxPairs}) is below ${words.label("pairs")} (${pairs2})`,
      `Set ${words.label("maxPairs")} to at least ${pairs2}, or lower ${words.name("pairs")}`
    );
  checkUrls(baseline, words, "baselineServerMetrics");
  checkUrls(candidate, words, "candidateServerMetrics");
  return {
    ...load,
    script: values.script,
    targetEnv: values.targetEnv,
    baselineTarget,
    candidateTarget,
    pairs: pairs2,
    maxPairs,
    ...baseline.length > 0 ? { serverMetrics: { baseline, candidate } } : {},
    gate: gate2
  };
}
var stepWarmup = (stepSeconds) => Math.min(5, stepSeconds / 4);
function capacityRequest(values, load, baseline, words) {
  if (!values.script || values.results?.length)
    throw new PerfGateError(
      `capacity mode runs ${words.name("script")} (its rates are perf-gate's), not ${words.name("results")}`,
      `Set ${words.name("script")} to the k6 script and leave ${words.name("results")} empty`
    );
  const texts = values.slo ?? [];
  if (texts.length === 0)
    throw new PerfGateError(
      `capacity mode needs ${words.label("slo")}`,
      "Give at least one objective, e.g. http_req_duration:p95<200ms"
    );
  const slos = texts.map((t) => parseSlo(t, words.label("slo")));
  const { from, to } = values;
  if (!(from < to))
    throw new PerfGateError(
      `${words.label("from")} (${from}) must be below ${words.name("to")} (${to})`,
      "Give a range of rates to search"
    );
  const stepSeconds = values.stepDuration;
  const warmupSeconds = values.warmup ?? stepWarmup(stepSeconds);
  if (!(stepSeconds >= warmupSeconds + 2))
    throw new PerfGateError(
      `${words.label("stepDuration")} (${stepSeconds}s) leaves under 2 s after the ${warmupSeconds}s warm-up`,
      `Lengthen ${words.name("stepDuration")} or shorten ${words.name("warmup")}`
    );
  const exec = values.exec;
  if (!/^[A-Za-z_$][\w$]*$/.test(exec))
    throw new PerfGateError(
      `${words.label("exec")} "${exec.slice(0, 60)}" is not a function name`,
      "Name an exported function"
    );
  return {
    ...load,
    script: values.script,
    exec,
    slos,
    from,
    to,
    stepSeconds,
    warmupSeconds,
    resolution: values.capacityResolution,
    tolerance: values.capacityTolerance,
    confidence: values.confidence,
    inconclusivePolicy: values.onInconclusive,
    force: values.force ?? false,
    baseline,
    ...values.serverMetrics?.length ? { serverMetrics: serverMetricsTargets(values.serverMetrics, words) } : {},
    ...values.prometheus ? { prometheus: { url: values.prometheus, queries: values.prometheusQuery ?? {} } } : {}
  };
}

// src/options/words.ts
function wordsFor(surface) {
  return {
    surface,
    label: (key) => surface === "cli" && key === "script" ? "the script argument" : labelOf(OPTIONS[key], { kind: surface }),
    name: (key) => surface === "cli" ? key === "script" ? "a script" : `--${flagOf(OPTIONS[key])}` : `'${OPTIONS[key].name}'`
  };
}

// src/options/request.ts
function savePolicy(given, values, ctx) {
  if (ctx.surface === "action") {
    const input = values.saveBaseline;
    return input === "always" || input === "auto" && ctx.defaultBranchPush ? "append" : "never";
  }
  const flags = ["replaceBaseline", "addBaseline", "readOnly"].filter((f2) => given[f2]);
  if (flags.length > 1)
    throw new PerfGateError(
      `${flags.map((f2) => `--${flagOf(OPTIONS[f2])}`).join(" and ")} contradict each other`,
      "Pick one"
    );
  if (given.replaceBaseline) return "replace";
  if (given.addBaseline) return "append";
  return given.readOnly ? "never" : "auto";
}
function storeChoice(values, workspace, gateId) {
  const dir = values.baselineDir;
  if (dir) return { kind: "directory", dir: join8(isAbsolute3(dir) ? dir : resolve9(workspace, dir), gateId) };
  const name = values.baselineName;
  return {
    kind: "artifact",
    // Several gates in one repository keep their own baseline artifact.
    name: gateId === OPTIONS.gateId.default ? name : `${name}-${gateId}`,
    ...values.retentionDays ? { retentionDays: values.retentionDays } : {}
  };
}
function k6Choice(values, words) {
  const version = values.k6Version || PINNED_K6_VERSION;
  if (!/^v?\d+\.\d+\.\d+$/.test(version))
    throw new PerfGateError(
      `${words.label("k6Version")} "${version}" is not a k6 release version`,
      "Write it like 1.8.1"
    );
  const sha2563 = values.k6Sha256;
  if (sha2563 && !/^[0-9a-fA-F]{64}$/.test(sha2563))
    throw new PerfGateError(
      `${words.label("k6Sha256")} "${sha2563}" is not a SHA-256 (64 hex digits)`,
      "Copy the archive's line from k6's checksums file, e.g. k6-v1.8.1-checksums.txt"
    );
  return {
    ...values.k6Path ? { path: values.k6Path } : {},
    version: version.replace(/^v/, ""),
    ...values.k6DownloadUrl ? { downloadUrl: values.k6DownloadUrl } : {},
    ...sha2563 ? { sha256: sha2563.toLowerCase() } : {}
  };
}
function sourceOf(values, ctx, words) {
  if (ctx.command) return ctx.command;
  if (values.mode === "comment") return void 0;
  const given = ["script", "results", "vegetaTargets"].filter(
    (k) => k === "results" ? (values.results?.length ?? 0) > 0 : Boolean(values[k])
  );
  if (given.length === 0)
    throw new PerfGateError(
      `neither ${words.label("script")} nor ${words.name("results")} nor ${words.name("vegetaTargets")} is set`,
      `Set ${words.name("script")} to a k6 script to run, ${words.name("vegetaTargets")} to a vegeta targets file, or ${words.name("results")} to k6 or vegeta output files`
    );
  if (given.length > 1)
    throw new PerfGateError(
      `inputs ${given.map((k) => words.name(k)).join(" and ")} are ${given.length === 2 ? "both" : "all"} set`,
      "Set only one of them"
    );
  if (values.mode === "capacity") return "capacity";
  if (values.baselineTarget || values.candidateTarget) return "ab";
  return given[0] === "results" ? "results" : given[0] === "vegetaTargets" ? "vegeta" : "run";
}
function buildRequest(given, file, ctx) {
  const words = wordsFor(ctx.surface);
  const values = layered(defaultsFor(ctx.surface), file?.values ?? {}, given);
  const [target, ...extraArgs] = ctx.positionals ?? [];
  if (ctx.surface === "cli" && target !== void 0) {
    if (ctx.command === "vegeta") values.vegetaTargets = target;
    else values.script = target;
  }
  const cwd = ctx.surface === "action" ? resolve9(ctx.cwd, values.workingDirectory ?? ".") : ctx.cwd;
  const source = sourceOf(values, ctx, words);
  const mode = source === "capacity" ? "capacity" : values.mode === "comment" ? "comment" : "gate";
  const gateId = given.gateId ?? (mode === "capacity" ? OPTIONS.gateId.cli?.defaultFor?.capacity : void 0) ?? values.gateId;
  const save = savePolicy(given, values, ctx);
  const refresh = ctx.defaultBranchPush === true && save !== "never";
  const baseline = {
    save,
    history: values.history,
    acceptFailedThresholds: values.baselineFailedThresholds ?? false
  };
  const gate2 = gateConfigFrom(values, file?.rules);
  const k6Args = ctx.surface === "cli" ? extraArgs : splitArgs(values.k6Args ?? "");
  const load = {
    cwd,
    scriptEnv: values.env ?? {},
    k6Args,
    ...values.warmup !== void 0 ? { warmupSeconds: values.warmup } : {},
    ...ctx.git ? { git: ctx.git } : {}
  };
  const built = {
    gate: gate2,
    cwd,
    gateId,
    refresh,
    baseline,
    store: storeChoice(values, ctx.cwd, gateId),
    k6: k6Choice(values, words),
    ...values.vegetaPath ? { vegetaPath: values.vegetaPath } : {},
    ...values.vegetaVersion ? { vegetaVersion: values.vegetaVersion } : {},
    mode,
    values
  };
  if (source === void 0 || source === "compare" || source === "trend") return built;
  const prometheus = prometheusOf(values);
  const metricsUrls = [...values.serverMetrics ?? [], ...prometheus ? [prometheus.url] : []];
  const abTargets = values.baselineTarget || values.candidateTarget;
  if (source !== "ab" && (values.baselineServerMetrics?.length || values.candidateServerMetrics?.length))
    throw new PerfGateError(
      `${words.name("baselineServerMetrics")} and ${words.name("candidateServerMetrics")} are for A/B mode`,
      `Set ${words.name("baselineTarget")} and ${words.name("candidateTarget")} too, or scrape one service with ${words.name("serverMetrics")}`
    );
  if (abTargets && source !== "ab")
    throw new PerfGateError(
      `${words.label(values.baselineTarget ? "baselineTarget" : "candidateTarget")} is for A/B mode`,
      `Drop it, or run A/B mode with a ${words.name("script")}`
    );
  if (metricsUrls.length > 0 && source !== "run" && source !== "capacity" && source !== "ab")
    throw new PerfGateError(
      `${words.name("serverMetrics")} and ${words.name("prometheus")} are read for the span of a k6 run, so they need a script to run`,
      `Give the script instead of its results, or drop ${words.name("serverMetrics")} and ${words.name("prometheus")}`
    );
  const serverMetrics = serverMetricsTargets(values.serverMetrics, words);
  checkUrls(prometheus ? [prometheus.url] : [], words, "prometheus");
  if (source === "capacity")
    return {
      ...built,
      request: { mode: "capacity", capacity: capacityRequest(values, load, baseline, words) }
    };
  if (source === "ab") return { ...built, request: { mode: "ab", ab: abRequest(values, load, gate2, words) } };
  const vegeta = source === "vegeta" ? vegetaAttack(values, words, ctx.surface === "cli" ? extraArgs : void 0) : void 0;
  if (source !== "vegeta" && (values.vegetaRate || values.vegetaDuration !== void 0))
    throw new PerfGateError(
      `${words.label("vegetaRate")} or ${words.name("vegetaDuration")} is set without ${words.name("vegetaTargets")}`,
      `Set ${words.name("vegetaTargets")} to the vegeta targets file, or drop it`
    );
  const run = {
    ...load,
    ...source === "run" ? { script: values.script } : {},
    ...source === "results" ? { results: values.results } : {},
    ...vegeta ? { vegeta, k6Args: [] } : {},
    ...source === "run" && serverMetrics.length > 0 ? { serverMetrics } : {},
    ...source === "run" && prometheus ? { prometheus } : {},
    gate: gate2,
    baseline,
    ...runCountsFrom(values, words, { script: source !== "results", refresh })
  };
  return { ...built, request: { mode: "history", run } };
}

// src/cli/git-info.ts
import { execFile } from "node:child_process";
function git(args, cwd) {
  return new Promise((resolve13) => {
    execFile(
      "git",
      args,
      { cwd, timeout: 5e3 },
      (err, stdout) => resolve13(err ? void 0 : stdout.trim() || void 0)
    );
  });
}
async function gitInfo(cwd) {
  const [commit, ref] = await Promise.all([
    git(["rev-parse", "HEAD"], cwd),
    git(["rev-parse", "--abbrev-ref", "HEAD"], cwd)
  ]);
  if (!commit && !ref) return void 0;
  return { commit, ref: ref === "HEAD" ? void 0 : ref };
}

// src/cli/settings.ts
async function requestFor(command9, { given, positionals }, ctx) {
  const file = await loadGateFileConfig(ctx.cwd, given.config);
  if (file) ctx.logger.debug(`settings from ${file.file}`);
  const git3 = command9 === "compare" || command9 === "ab" || command9 === "trend" ? void 0 : await gitInfo(ctx.cwd);
  return buildRequest(given, file, {
    surface: "cli",
    command: command9,
    cwd: ctx.cwd,
    ...git3 ? { git: git3 } : {},
    positionals
  });
}

// src/cli/commands/ab.ts
var command = {
  name: "ab",
  summary: "same-machine A/B: run the script against two targets, interleaved, and compare the pairs",
  synopsis: "perf-gate ab <script.js> --baseline-target <url> --candidate-target <url> [options] [-- <k6 args>]",
  description: `
Runs the script alternately against the baseline target and the candidate target on this machine (a warm-up
pair first, discarded; then blocks of AB BA BA AB), handing each target to the script in an environment variable,
and compares the pairs with paired intervals: a first look after --pairs pairs, then one more pair per look while
the answer is open, up to --max-pairs. The recommended mode on shared CI runners: both sides share the machine and the hour, so much
smaller changes can be told from noise than against a baseline from another day.`,
  async run(args, ctx) {
    if (!args.positionals[0])
      throw new PerfGateError(
        "no script given",
        "Run `perf-gate ab <script.js> --baseline-target <url> --candidate-target <url>`"
      );
    const built = await requestFor("ab", args, ctx);
    if (built.request?.mode !== "ab")
      throw new Error("perf-gate ab: the request builder gave no A/B request");
    const location = locateK6(built.k6.path, ctx.env, ctx.cwd);
    const { report, exitCode } = await gate(built.request, {
      logger: ctx.logger,
      k6: async () => new ProcessK6Runner(location)
    });
    await publishLocally(report, built.values, ctx, { gateId: "ab" });
    return exitCode;
  }
};

// src/io/git-commits.ts
import { execFile as execFile2 } from "node:child_process";
function git2(args, cwd) {
  return new Promise((resolve13) => {
    execFile2(
      "git",
      args,
      { cwd, timeout: 1e4 },
      (err, stdout) => resolve13(err ? void 0 : stdout.trim() || void 0)
    );
  });
}
var COMMIT = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
async function defaultBranch(cwd) {
  const remote = await git2(["symbolic-ref", "--quiet", "--short", "refs/remotes/origin/HEAD"], cwd);
  if (remote) return { ref: remote, name: remote.replace(/^origin\//, "") };
  for (const name of ["main", "master"])
    if (await git2(["rev-parse", "--verify", "--quiet", `refs/heads/${name}`], cwd))
      return { ref: `refs/heads/${name}`, name };
  return void 0;
}
async function localBase(cwd) {
  const branch = await git2(["rev-parse", "--abbrev-ref", "HEAD"], cwd);
  if (!branch || branch === "HEAD") return void 0;
  const main2 = await defaultBranch(cwd);
  if (!main2 || main2.name === branch) return void 0;
  const commit = await git2(["merge-base", "HEAD", main2.ref], cwd);
  if (!commit || !COMMIT.test(commit)) return void 0;
  return { ...gitBase(cwd, commit, `the merge base with ${main2.name}`), defaultBranch: main2.name };
}
function gitBase(cwd, commit, what) {
  const places = /* @__PURE__ */ new Map();
  return {
    commit,
    what,
    placeOf: (other) => {
      let place = places.get(other);
      if (!place) {
        place = COMMIT.test(commit) ? commitPlace(cwd, commit, other) : Promise.resolve(void 0);
        places.set(other, place);
      }
      return place;
    }
  };
}
async function commitPlace(cwd, base, commit) {
  if (!COMMIT.test(commit)) return void 0;
  const out = await git2(["rev-list", "--left-right", "--count", `${base}...${commit}`], cwd);
  const m = /^(\d+)\s+(\d+)$/.exec(out ?? "");
  if (!m) return void 0;
  return { behind: Number(m[1]), ahead: Number(m[2]) };
}

// src/cli/stored-gate.ts
async function runStoredGate(command9, args, ctx) {
  const built = await requestFor(command9, args, ctx);
  if (!built.request || built.store.kind !== "directory")
    throw new Error(`perf-gate ${command9}: the request builder gave no request for a baseline directory`);
  const k6 = command9 === "vegeta" ? void 0 : locateK6(built.k6.path, ctx.env, ctx.cwd);
  const vegeta = command9 === "vegeta" ? locateVegeta(built.vegetaPath, ctx.env, ctx.cwd) : void 0;
  const dir = built.store.dir;
  const base = await localBase(ctx.cwd);
  const result = await gate(built.request, {
    store: new LocalBaselineStore(dir, ctx.cwd),
    ...base ? { base } : {},
    logger: ctx.logger,
    ...k6 ? { k6: async () => new ProcessK6Runner(k6) } : {},
    ...vegeta ? { vegeta: async () => vegeta } : {}
  });
  await publishLocally(result.report, built.values, ctx, {
    gateId: built.gateId,
    baselineSaved: result.saved,
    store: dir
  });
  return result.exitCode;
}

// src/cli/commands/capacity.ts
var command2 = {
  name: "capacity",
  summary: "find the maximum sustained rate under objectives, and gate its drop",
  synopsis: 'perf-gate capacity <script.js> --slo "http_req_duration:p95<200ms" [--slo ...] [--from 20 --to 2000] [--step-duration 20s] [--exec fn] [options] [-- <k6 args>]',
  description: `
Drives the script's function (default export, or --exec) at perf-gate's own arrival rates, through a generated
wrapper module that imports the script unchanged: a staircase of rates (doubling from --from up to --to), then a
bisection between the last rate that met every objective and the first that did not. Each step is judged with an
interval over its one-second windows, warm-up left out. The capacity (and its bracket) is stored like any run in
the baseline directory (gate id "capacity" unless --gate-id is given) and compared with the stored ones: the gate
fails when it dropped by more than --capacity-tolerance even at the brackets' most favourable reading.`,
  async run(args, ctx) {
    if (!args.positionals[0])
      throw new PerfGateError(
        "no script given",
        'Run `perf-gate capacity <script.js> --slo "http_req_duration:p95<200ms"`'
      );
    return runStoredGate("capacity", args, ctx);
  }
};

// src/cli/commands/compare.ts
import { resolve as resolve10 } from "node:path";
var command3 = {
  name: "compare",
  summary: "compare run summaries: baseline(s) then the candidate",
  synopsis: "perf-gate compare <baseline>... <candidate> [options]",
  description: `
Compares a candidate with one or more baselines (newest first; several are pooled and used to estimate
run-to-run noise). Each is a run summary (from \`perf-gate summarize\` or a baseline directory) or k6 output
(--out json or csv, gzipped or not), which is summarized on the fly.`,
  async run(args, ctx) {
    const { positionals } = args;
    if (positionals.length < 2) {
      throw new PerfGateError(
        "compare needs a baseline and a candidate",
        "Run `perf-gate compare baseline.json candidate.json`"
      );
    }
    const built = await requestFor("compare", { ...args, positionals: [] }, ctx);
    const summaries = [];
    for (const file of positionals)
      summaries.push(
        await readResultFile(resolve10(ctx.cwd, file), {
          warmupSeconds: built.values.warmup,
          logger: ctx.logger
        })
      );
    const candidate = summaries.pop();
    const { report, exitCode } = await gate(
      {
        mode: "summaries",
        baselines: summaries,
        candidate,
        gate: built.gate,
        provenance: { source: positionals[0] }
      },
      { logger: ctx.logger }
    );
    await publishLocally(report, built.values, ctx, { gateId: "default" });
    return exitCode;
  }
};

// src/cli/commands/merge.ts
import { resolve as resolve11 } from "node:path";
var command4 = {
  name: "merge",
  summary: "merge the run summaries of the shards of one distributed test",
  synopsis: "perf-gate merge <run.json>... --out <merged.json>",
  description: `
Merges the run summaries of the shards of ONE k6 test (k6 --execution-segment, k6-operator pods) exactly:
histograms, counts and time windows add up. Shards of different workloads are refused.`,
  async run({ given, positionals }, ctx) {
    if (positionals.length < 1)
      throw new PerfGateError(
        "merge needs run summaries",
        "Run `perf-gate merge a.json b.json --out run.json`"
      );
    if (!given.out) throw new PerfGateError("--out is required", "Add --out merged.json");
    const shards = [];
    for (const file of positionals)
      shards.push(await readResultFile(resolve11(ctx.cwd, file), { logger: ctx.logger }));
    const merged = mergeRunSummaries2(shards);
    await writeRunSummary(resolve11(ctx.cwd, given.out), merged);
    ctx.logger.info(
      `${shards.length} shards merged into ${given.out} (${merged.ingest.samples.toLocaleString("en-US")} samples)`
    );
    return EXIT.pass;
  }
};

// src/cli/commands/run.ts
var command5 = {
  name: "run",
  summary: "run a k6 script and gate it against the local baseline",
  synopsis: "perf-gate run <script.js> [options] [-- <extra k6 arguments>]",
  description: `
Runs the real k6 on the script, summarizes its samples as they stream, and compares p50/p95/p99 latency,
error rate, throughput and every custom Trend and Rate with the baseline in a local directory. With no
baseline yet, this run becomes it. When a regression is suspected but not established, the script runs
again (up to --max-runs); each look calls a regression only at its share of the confidence.`,
  async run(args, ctx) {
    if (!args.positionals[0])
      throw new PerfGateError(
        "no script given",
        "Run `perf-gate run <script.js>`, e.g. `perf-gate run examples/shop.js`"
      );
    return runStoredGate("run", args, ctx);
  }
};

// src/cli/commands/summarize.ts
import { resolve as resolve12 } from "node:path";
var command6 = {
  name: "summarize",
  summary: "turn k6 output or vegeta results (json/csv, .gz, or - for stdin) into a run summary",
  synopsis: "perf-gate summarize <k6-output | vegeta-results | -> --out <run.json> [options]",
  description: `
Reads k6's per-sample output (--out json=FILE or --out csv=FILE, gzipped or not, or standard input) as a
stream and writes a compact RunSummary (schemas/run-summary.schema.json). vegeta results encoded with
\`vegeta encode --to json\` (or csv) are read too, told apart from k6 output by their content.`,
  async run({ given, positionals }, ctx) {
    const [input] = positionals;
    if (!input || positionals.length > 1)
      throw new PerfGateError(
        "summarize takes one k6 output (or - for stdin)",
        "Run `perf-gate summarize k6.json --out run.json`"
      );
    if (!given.out) throw new PerfGateError("--out is required", "Add --out run.json");
    let shownLines = 0;
    const summary = await summarizeK6Output(input === "-" ? "-" : resolve12(ctx.cwd, input), {
      warmupSeconds: given.warmup,
      maxSeries: given.maxSeries,
      ...given.resultFormat && given.resultFormat !== "auto" ? { format: given.resultFormat } : {},
      logger: ctx.logger,
      onProgress: (p) => {
        if (p.lines - shownLines < 5e4) return;
        shownLines = p.lines;
        ctx.logger.progress(`${p.lines.toLocaleString("en-US")} lines read`);
      }
    });
    ctx.logger.progress(null);
    for (const w of summary.warnings) ctx.logger.warn(w);
    await writeRunSummary(resolve12(ctx.cwd, given.out), summary);
    ctx.logger.info(
      `${summary.tool ? `${summary.ingest.lines.toLocaleString("en-US")} ${summary.tool.name} results` : `${summary.ingest.samples.toLocaleString("en-US")} samples`} in ${summary.series.length} series written to ${given.out}`
    );
    return EXIT.pass;
  }
};

// src/domain/random.ts
function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = a + 1831565813 >>> 0;
    let t = a;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}
function standardNormal(random) {
  const u = Math.max(random(), Number.MIN_VALUE);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

// src/domain/trend/levels.ts
var pointWeight = (w, noise) => 1 / Math.max(w + noise.variance, 1e-18);
function segmentLevel(y, w, noise, start, end) {
  if (end <= start) return void 0;
  const raw = [];
  for (let t = start; t < end; t++) raw.push(pointWeight(w[t], noise));
  const total = raw.reduce((s, x) => s + x, 0);
  const a = raw.map((x) => x / total);
  const phi = noise.autocorrelation;
  let level = 0;
  let within2 = 0;
  let ar = 0;
  let r = 0;
  for (let i = 0; i < a.length; i++) {
    const ai = a[i];
    if (i > 0) r = phi * (r + a[i - 1]);
    level += ai * y[start + i];
    within2 += ai * ai * w[start + i];
    ar += ai * (ai + 2 * r);
  }
  return { start, end, level, variance: within2 + noise.variance * ar, weights: a };
}
function levelCovariance(a, b, noise) {
  const phi = noise.autocorrelation;
  if (phi === 0 || noise.variance === 0) return 0;
  const p = a.end - 1;
  let left = 0;
  a.weights.forEach((x, i) => left += x * phi ** (p - (a.start + i)));
  let right = 0;
  b.weights.forEach((x, i) => right += x * phi ** (b.start + i - p));
  return noise.variance * left * right;
}
function levelDifference(a, b, noise) {
  return {
    difference: b.level - a.level,
    variance: Math.max(0, a.variance + b.variance - 2 * levelCovariance(a, b, noise))
  };
}

// src/domain/trend/noise.ts
var MAX_LAG = 4;
var MAX_AUTOCORRELATION = 0.9;
var PHI_GRID = Array.from({ length: 19 }, (_, i) => i * 0.05);
var MAD_SCALE = 1.482602218505602;
var MAD_EFFICIENCY = 0.37;
var MIN_NOISE_RUNS = 4;
function estimateTrendNoise(y, w, priorSd, priorAutocorrelation) {
  const prior = {
    variance: priorSd * priorSd,
    autocorrelation: priorAutocorrelation,
    df: PRIOR_DF,
    runs: 0
  };
  const n = y.length;
  if (n < MIN_NOISE_RUNS) return prior;
  const g2 = [];
  for (let k = 1; k <= MAX_LAG && n - k >= 3; k++) {
    const diffs = [];
    const within2 = [];
    for (let t = 0; t + k < n; t++) {
      diffs.push(y[t + k] - y[t]);
      within2.push(w[t] + w[t + k]);
    }
    const v = (MAD_SCALE * medianAbsoluteDeviation(diffs)) ** 2;
    g2.push({ lag: k, value: v - mean(within2) });
  }
  let fit2 = { tau2: 0, phi: priorAutocorrelation, ss: Infinity };
  const grid = g2.length >= 2 ? PHI_GRID : [priorAutocorrelation];
  for (const phi of grid) {
    const c = g2.map(({ lag }) => 2 * (1 - phi ** lag));
    const cc = c.reduce((s, x) => s + x * x, 0);
    const tau2 = Math.max(0, g2.reduce((s, { value }, i) => s + value * c[i], 0) / cc);
    const ss = g2.reduce((s, { value }, i) => s + (value - tau2 * c[i]) ** 2, 0);
    if (ss < fit2.ss - 1e-18) fit2 = { tau2, phi, ss };
  }
  const d = MAD_EFFICIENCY * (n - 1);
  const blend = (p, x) => (PRIOR_DF * p + d * x) / (PRIOR_DF + d);
  return {
    variance: blend(prior.variance, fit2.tau2),
    autocorrelation: Math.min(MAX_AUTOCORRELATION, blend(priorAutocorrelation, fit2.phi)),
    df: PRIOR_DF + d,
    runs: n
  };
}

// src/domain/trend/split-test.ts
var OUTLIER_VARIANCE = 1e6;
var OUTLIER_HALF_WINDOW = 2;
function clipOutliers(y, w, noise, z2) {
  const values = [];
  const outliers = [];
  for (let t = 0; t < y.length; t++) {
    const around = y.slice(Math.max(0, t - OUTLIER_HALF_WINDOW), t + OUTLIER_HALF_WINDOW + 1);
    const center = around.length >= 3 ? median(around) : y[t];
    const bound = z2 * Math.sqrt(w[t] + noise.variance);
    const v = y[t];
    if (Math.abs(v - center) > bound) {
      outliers.push(t);
      values.push(center + Math.sign(v - center) * bound);
    } else values.push(v);
  }
  return { values, outliers };
}
function scanSplits(y, w, noise, minSegment) {
  const n = y.length;
  if (n < 2 * minSegment) return void 0;
  const cv = [0];
  const cvy = [0];
  for (let t = 0; t < n; t++) {
    const v = pointWeight(w[t], noise);
    cv.push(cv[t] + v);
    cvy.push(cvy[t] + v * y[t]);
  }
  const V = cv[n];
  const VY = cvy[n];
  let best;
  for (let s = minSegment; s <= n - minSegment; s++) {
    const vl = cv[s];
    const vr = V - vl;
    const diff = (VY - cvy[s]) / vr - cvy[s] / vl;
    const statistic2 = Math.abs(diff) / Math.sqrt(1 / vl + 1 / vr);
    if (!best || statistic2 > best.statistic + 1e-12) best = { split: s, statistic: statistic2 };
  }
  return best;
}
function simulateNull(w, noise, random) {
  const tau = Math.sqrt(noise.variance);
  const phi = noise.autocorrelation;
  const innovation = tau * Math.sqrt(1 - phi * phi);
  let u = tau * standardNormal(random);
  return w.map((wt, t) => {
    if (t > 0) u = phi * u + innovation * standardNormal(random);
    return u + Math.sqrt(wt) * standardNormal(random);
  });
}
function scanWithoutOutliers(y, w, noise, options) {
  const { values, outliers } = clipOutliers(y, w, noise, options.outlierZ);
  const odd = new Set(outliers);
  const weights = odd.size === 0 ? w : w.map((x, t) => odd.has(t) ? OUTLIER_VARIANCE : x);
  return scanSplits(values, weights, noise, options.minSegment);
}
function testSplit(y, w, noise, options, random) {
  const observed = scanWithoutOutliers(y, w, noise, options);
  if (!observed) return void 0;
  const B = options.replicates;
  const limit = Math.floor(options.alpha * (B + 1));
  let exceed = 0;
  for (let b = 0; b < B; b++) {
    const t = scanWithoutOutliers(simulateNull(w, noise, random), w, noise, options)?.statistic ?? 0;
    if (t >= observed.statistic) exceed++;
    if (exceed >= limit) return { ...observed, pValue: void 0 };
  }
  return { ...observed, pValue: (1 + exceed) / (B + 1) };
}

// src/domain/trend/change-points.ts
var DEFAULT_CHANGE_POINT_OPTIONS = {
  seed: 1,
  alpha: 0.01,
  minSegment: 3,
  replicates: 499,
  confidence: DEFAULT_GATE_CONFIG.confidence,
  runNoisePrior: DEFAULT_GATE_CONFIG.runNoisePrior,
  autocorrelationPrior: 0.3,
  outlierZ: 3.5
};
function seedOf(seed, id, a, b) {
  let h = 2166136261 ^ seed;
  for (const ch of `${id}\0${a}:${b}`) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return h >>> 0;
}
var runOf = (entry2, index) => ({
  index,
  commit: entry2.commit,
  date: entry2.date,
  ...entry2.runId !== void 0 ? { runId: entry2.runId } : {}
});
function segmentSeries(y, w, noise, options, id = "") {
  const test = (a, b) => testSplit(y.slice(a, b), w.slice(a, b), noise, options, seededRandom(seedOf(options.seed, id, a, b)));
  const found = /* @__PURE__ */ new Map();
  const search = (a, b) => {
    const r = test(a, b);
    if (!r || r.pValue === void 0) return;
    found.set(a + r.split, r.pValue);
    search(a, a + r.split);
    search(a + r.split, b);
  };
  search(0, y.length);
  let points = [...found.keys()].sort((p, q) => p - q);
  for (let round4 = 0; round4 < 4 * points.length + 4; round4++) {
    const retested = points.map((_, i) => {
      const a = i === 0 ? 0 : points[i - 1];
      const b = i === points.length - 1 ? y.length : points[i + 1];
      const r = test(a, b);
      return r ? { index: a + r.split, pValue: r.pValue } : { index: points[i], pValue: void 0 };
    });
    const failing = retested.findIndex((r) => r.pValue === void 0);
    if (failing < 0) {
      const moved = retested.map((r) => r.index);
      const settled = moved.every((m, i) => m === points[i]) || new Set(moved).size !== moved.length;
      if (settled) return retested.map((r) => ({ index: r.index, pValue: r.pValue }));
      points = moved;
      continue;
    }
    points = points.filter((_, i) => i !== failing);
  }
  return [];
}
var toScale = (s, x) => s.scale === "ratio" ? Math.log(x) : x;
var fromScale = (s, x) => s.scale === "ratio" ? Math.exp(x) : x;
function analyseStatistic(trend2, statistic2, options = DEFAULT_CHANGE_POINT_OPTIONS) {
  const series2 = statisticSeries(trend2, statistic2.id);
  const y = series2.map((p) => toScale(statistic2, p.point.estimate));
  const w = series2.map((p) => p.point.se * p.point.se);
  const run = (i) => runOf(series2[i].entry, series2[i].index);
  const typical = [...series2.map((p) => p.point.estimate)].sort((a, b) => a - b)[Math.floor(series2.length / 2)] ?? 0;
  const priorSd = statistic2.scale === "ratio" ? options.runNoisePrior : options.runNoisePrior * typical;
  const noise = estimateTrendNoise(y, w, priorSd, options.autocorrelationPrior);
  const found = segmentSeries(y, w, noise, options, statistic2.id);
  const { outliers } = clipOutliers(y, w, noise, options.outlierZ);
  const odd = new Set(outliers);
  const levelW = w.map((x, i) => odd.has(i) ? OUTLIER_VARIANCE : x);
  const bounds = [0, ...found.map((f2) => f2.index), y.length];
  const segments = bounds.slice(0, -1).map((start, i) => segmentLevel(y, levelW, noise, start, bounds[i + 1])).filter((s) => s !== void 0);
  const t = studentTQuantile(options.confidence, Math.max(1, noise.df));
  const changeOf = (a, b) => {
    const d = levelDifference(a, b, noise);
    const half = t * Math.sqrt(d.variance);
    return {
      change: fromScale(statistic2, d.difference),
      interval: [fromScale(statistic2, d.difference - half), fromScale(statistic2, d.difference + half)]
    };
  };
  const worseOf = (a, b) => statistic2.direction === "higher-is-worse" ? b.level > a.level : b.level < a.level;
  const changePoints = [];
  let since = 0;
  found.forEach((f2, i) => {
    const before = segments[i];
    const after = segments[i + 1];
    const worse = worseOf(before, after);
    if (i > 0 && worseOf(segments[i - 1], before) !== worse) since = i;
    const reference = segments[since];
    const step = changeOf(before, after);
    const cumulative = changeOf(reference, after);
    changePoints.push({
      statistic: statistic2.id,
      lastBefore: run(f2.index - 1),
      firstAfter: run(f2.index),
      before: fromScale(statistic2, before.level),
      after: fromScale(statistic2, after.level),
      ...step,
      pValue: f2.pValue,
      worse,
      cumulative: {
        since: run(reference.end - 1),
        before: fromScale(statistic2, reference.level),
        ...cumulative,
        steps: i - since + 1
      },
      beyondTolerance: changeBeyondTolerance(cumulative.change, statistic2.scale, statistic2.tolerance, statistic2.direction) || changeBeyondTolerance(
        // An improvement beyond the tolerance is worth showing too: mirror the direction.
        cumulative.change,
        statistic2.scale,
        statistic2.tolerance,
        statistic2.direction === "higher-is-worse" ? "higher-is-better" : "higher-is-worse"
      )
    });
  });
  return {
    statistic: statistic2,
    runs: y.length,
    changePoints,
    outliers: outliers.map(run),
    levels: segments.map((s) => ({
      first: run(s.start),
      last: run(s.end - 1),
      level: fromScale(statistic2, s.level)
    })),
    noise
  };
}
function detectChangePoints(trend2, options = {}) {
  const o = { ...DEFAULT_CHANGE_POINT_OPTIONS, ...options };
  const statistics = Object.values(trend2.statistics).sort((a, b) => a.id.localeCompare(b.id)).map((s) => analyseStatistic(trend2, s, o));
  return { runs: trend2.entries.length, statistics, options: o };
}

// src/cli/commands/trend.ts
var command7 = {
  name: "trend",
  summary: "print the default branch's trend and its change points from the baseline directory",
  synopsis: "perf-gate trend [options]",
  description: `
Prints the trend that \`perf-gate run\` keeps beside the baseline runs (one entry per run stored as the
baseline, in <baseline-dir>/<gate-id>/perf-gate-trend.json): per statistic a one-line chart of the newest
runs and the change points found in it, with the commits on either side and the change with its interval.
It runs no load and never changes the baseline directory.`,
  async run(args, ctx) {
    const built = await requestFor("trend", args, ctx);
    if (built.store.kind !== "directory")
      throw new Error("perf-gate trend: the request builder gave no baseline directory");
    const trend2 = await loadTrend(new LocalBaselineStore(built.store.dir, ctx.cwd), ctx.logger);
    if (!trend2) {
      ctx.logger.info(
        `no trend in ${built.store.dir} yet: each run stored as the baseline (perf-gate run on the default branch) adds one entry`
      );
      if (built.values.trendJson) ctx.stdout(`${JSON.stringify({ trend: null, analysis: null })}
`);
      return 0;
    }
    const analysis = detectChangePoints(trend2);
    ctx.stdout(
      built.values.trendJson ? `${JSON.stringify({ trend: serializeTrend(trend2), analysis }, null, 2)}
` : renderTrendTerminal(trend2, analysis, { width: Number(ctx.env.COLUMNS) || 100 })
    );
    return 0;
  }
};

// src/cli/commands/vegeta.ts
var command8 = {
  name: "vegeta",
  summary: "run a vegeta attack and gate it against the local baseline",
  synopsis: "perf-gate vegeta <targets-file> --rate 100/s --duration 30s [options] [-- <extra vegeta attack flags>]",
  description: `
Runs the real vegeta (vegeta attack | vegeta encode) on the targets file, summarizes its results as they
stream, and gates them exactly like \`perf-gate run\`: the same options, baseline directory, reruns and exit
codes. Series are per method and path (query strings dropped, numeric and UUID segments folded into :id).
The rate, duration, targets and extra flags are the workload fingerprint; a k6 baseline is never compared
with a vegeta run without --force.`,
  async run(args, ctx) {
    if (!args.positionals[0])
      throw new PerfGateError(
        "no targets file given",
        "Run `perf-gate vegeta targets.txt --rate 100/s --duration 30s`"
      );
    return runStoredGate("vegeta", args, ctx);
  }
};

// src/cli/commands/index.ts
var COMMANDS = [command5, command8, command, command2, command3, command6, command4, command7];

// src/cli/flags.ts
import { parseArgs } from "node:util";
var LIST_KINDS = /* @__PURE__ */ new Set(["lines", "key-values", "metric-stats"]);
var GLOBAL_FLAGS = ["help", "debug"];
function parseArgsOptions(command9) {
  const out = {};
  for (const [, o] of optionsOf(command9)) {
    out[flagOf(o)] = {
      type: o.kind === "flag" ? "boolean" : "string",
      ...o.cli?.short ? { short: o.cli.short } : {},
      ...LIST_KINDS.has(o.kind) ? { multiple: true } : {}
    };
  }
  return out;
}
function prepare(args, command9) {
  const specs = optionsOf(command9).map(([, o]) => o);
  const flags = [...specs.map(flagOf), ...GLOBAL_FLAGS];
  const takesValue = new Set(specs.filter((o) => o.kind !== "flag").map(flagOf));
  const shorts = new Set(specs.flatMap((o) => o.cli?.short ? [o.cli.short] : []));
  const out = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--") {
      out.push(...args.slice(i));
      break;
    }
    if (arg.startsWith("--")) {
      const name = arg.slice(2).split("=")[0];
      if (!flags.includes(name)) {
        const guess = closest(name, flags);
        throw new PerfGateError(
          `unknown option --${name} for \`perf-gate ${command9}\``,
          `${guess ? `Did you mean --${guess}? ` : ""}Run \`perf-gate ${command9} --help\` for its options`
        );
      }
      const next = args[i + 1];
      if (takesValue.has(name) && !arg.includes("=") && next !== void 0 && /^-\d|^-\.\d/.test(next)) {
        out.push(`${arg}=${next}`);
        i++;
        continue;
      }
    } else if (/^-[A-Za-z]$/.test(arg) && !shorts.has(arg.slice(1))) {
      throw new PerfGateError(
        `unknown option ${arg} for \`perf-gate ${command9}\``,
        `Run \`perf-gate ${command9} --help\` for its options`
      );
    }
    out.push(arg);
  }
  return out;
}
function parseCommandLine(args, command9) {
  let parsed;
  try {
    parsed = parseArgs({
      args: prepare(args, command9),
      options: { ...parseArgsOptions(command9), debug: { type: "boolean" } },
      allowPositionals: true,
      strict: true
    });
  } catch (err) {
    if (err instanceof PerfGateError) throw err;
    throw new PerfGateError(
      err.message.replace(/\. To specify .*$/, ""),
      `Run \`perf-gate ${command9} --help\` for its options`
    );
  }
  const raw = {};
  for (const [key, o] of optionsOf(command9)) {
    const value = parsed.values[flagOf(o)];
    if (value !== void 0) raw[key] = value;
  }
  return { given: readGiven(raw, { kind: "cli" }), positionals: parsed.positionals };
}
function helpText(o, command9) {
  const doc = (o.cli?.doc ?? o.doc).replace(/`/g, "").replace(/\.$/, "");
  const text2 = doc.charAt(0).toLowerCase() + doc.slice(1);
  const fallback = o.cli?.defaultFor?.[command9] ?? o.cli?.default ?? o.default;
  const shown = fallback && !/default/i.test(text2) && !fallback.includes("${{") && o.kind !== "flag";
  return shown ? `${text2} (default ${fallback})` : text2;
}
function wrap2(text2, width2) {
  const lines = [];
  let line = "";
  for (const word of text2.split(" ")) {
    if (line && line.length + 1 + word.length > width2) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return line ? [...lines, line] : lines;
}
function optionsHelp(command9) {
  const rows = optionsOf(command9).map(([, o]) => [
    `${o.cli?.short ? `-${o.cli.short}, ` : ""}--${flagOf(o)}${o.kind === "flag" ? "" : ` <${o.cli?.placeholder ?? "value"}>`}`,
    helpText(o, command9)
  ]);
  rows.push(["--debug", `show ${command9 === "vegeta" ? "vegeta" : "k6"}'s own output and stack traces`]);
  const width2 = Math.max(...rows.map(([f2]) => f2.length)) + 4;
  return rows.flatMap(
    ([flag, doc]) => wrap2(doc, 100 - width2).map(
      (line, i) => `${i === 0 ? `  ${flag}`.padEnd(width2) : " ".repeat(width2)}${line}`
    )
  ).join("\n");
}

// src/cli/command.ts
var EXIT_CODES = "Exit codes: 0 pass (or no baseline yet), 1 the gate failed (a regression, or k6's thresholds failed),\n2 usage or infrastructure error (nothing is written to a baseline then).";
function usageOf(command9) {
  return `Usage: ${command9.synopsis}

${command9.description.trim()}

Options:
${optionsHelp(command9.name)}

${EXIT_CODES}
`;
}

// src/cli/main.ts
function overview() {
  const width2 = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    `perf-gate ${PRODUCT_VERSION}: gate pull requests on k6 load-test regressions`,
    "",
    "Usage: perf-gate <command> [options]",
    "",
    "Commands:",
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width2)}  ${c.summary}`),
    "",
    "Run `perf-gate <command> --help` for its options.",
    "Exit codes: 0 pass (or no baseline yet), 1 the gate failed, 2 usage or infrastructure error.",
    ""
  ].join("\n");
}
async function main(argv, io = {}) {
  const stderr = io.stderr ?? process.stderr;
  const stdout = io.stdout ?? ((s) => void process.stdout.write(s));
  const env = process.env;
  const debug = argv.includes("--debug");
  const isTTY = Boolean(process.stdout.isTTY);
  const logger = warningsOnce(
    new TerminalLogger({
      stream: stderr,
      color: shouldUseColor(env, Boolean(stderr.isTTY)),
      debug
    })
  );
  const [name, ...rest] = argv.filter((a) => a !== "--debug");
  if (name === void 0 || name === "--help" || name === "-h" || name === "help") {
    stdout(overview());
    return name === void 0 ? EXIT.error : EXIT.pass;
  }
  if (name === "--version" || name === "-v") {
    stdout(`${PRODUCT_VERSION}
`);
    return EXIT.pass;
  }
  const command9 = COMMANDS.find((c) => c.name === name);
  if (!command9) {
    const guess = closest(
      name,
      COMMANDS.map((c) => c.name)
    );
    logger.error(
      `unknown command "${name}". ${guess ? `Did you mean \`perf-gate ${guess}\`? ` : ""}Run \`perf-gate --help\` to see the commands`
    );
    return EXIT.error;
  }
  const beforeSeparator = rest.includes("--") ? rest.slice(0, rest.indexOf("--")) : rest;
  if (beforeSeparator.includes("--help") || beforeSeparator.includes("-h")) {
    stdout(usageOf(command9));
    return EXIT.pass;
  }
  const ctx = { logger, cwd: process.cwd(), stdout, env, isTTY };
  try {
    return await command9.run(parseCommandLine(rest, command9.name), ctx);
  } catch (err) {
    logger.progress(null);
    logger.error(describeError(err));
    if (debug && err instanceof Error && err.stack) stderr.write(`${err.stack}
`);
    else if (!(err instanceof PerfGateError)) logger.info("Run again with --debug to see where it happened.");
    return EXIT.error;
  }
}

// src/cli/index.ts
exitOnSignals((message) => process.stderr.write(`${message}
`));
process.exitCode = await main(process.argv.slice(2));

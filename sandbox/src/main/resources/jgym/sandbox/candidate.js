// Evaluated in a fresh GraalJS context before the candidate's setup and solution (jgym.sandbox.TrialRun); the value is
// [call, names], kept by the host only. call(name, payload) runs the candidate's function with the JSON arguments and
// returns [result, arguments after the call] as JSON. Nothing here is a defence: the candidate may change anything in
// this context, which changes only its own answer; the trusted side accepts nothing but JSON text.
(function () {
    const stringify = JSON.stringify, parse = JSON.parse, globalEval = eval;
    const before = new Set(Object.getOwnPropertyNames(globalThis));
    function call(name, payload) {
        const args = parse(payload)[0];
        const f = globalEval(name);
        if (typeof f !== 'function') throw new TypeError(name + ' is not a function');
        const result = f(...args);
        const text = stringify([result === undefined ? null : result, args]);
        if (typeof text !== 'string') throw new TypeError(name + '() returned a value that is not plain data');
        return text;
    }
    function names() {
        return Object.getOwnPropertyNames(globalThis)
            .filter(n => !before.has(n) && typeof globalThis[n] === 'function').join(',') + ';';
    }
    return [call, names];
})()

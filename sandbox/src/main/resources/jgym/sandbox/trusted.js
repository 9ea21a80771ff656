// Evaluated in a new trusted GraalJS context for each trial (jgym.sandbox.TrialRun): the dataset's setup and tests
// run here; the candidate's functions are proxies that send JSON to the host, which calls the candidate in its own
// context. Only JSON text comes back, parsed here, so no object or code of the candidate's ever exists in this context.
(function (hostCall, maxChars) {
    const stringify = JSON.stringify, parse = JSON.parse, globalEval = eval;
    class JgymUnsplittable extends Error {}
    function plainOnly(key, x) {
        const t = typeof x;
        if (t === 'function' || t === 'symbol' || t === 'bigint') throw new JgymUnsplittable('an argument is a ' + t);
        return x;
    }
    function proxy(name) {
        return function (...args) {
            let payload;
            try {
                payload = stringify([args], plainOnly);
            } catch (e) {
                hostCall(name, null); // tells the host that this test must run as one program
                throw e;
            }
            const reply = hostCall(name, payload);
            const kind = reply[0], body = reply.substring(1);
            if (kind === 'R') {
                if (body.length > maxChars) throw new TypeError(name + '() returned more than ' + maxChars + ' characters of data');
                const data = parse(body);
                const before = args, after = data[1];
                for (let i = 0; i < before.length && i < after.length; i++) {
                    if (Array.isArray(before[i]) && Array.isArray(after[i])) before[i].splice(0, before[i].length, ...after[i]);
                }
                return data[0];
            }
            if (kind === 'E') {
                const nl = body.indexOf('\n');
                const type = body.substring(0, nl), message = body.substring(nl + 1);
                const cls = { Error, TypeError, RangeError, ReferenceError, SyntaxError, EvalError, URIError }[type];
                throw cls ? new cls(message) : new Error(type + ': ' + message);
            }
            throw new Error('the candidate was stopped');
        };
    }
    function begin(setup, entry) {
        if (setup) globalEval(setup);
        if (entry) globalThis[entry] = proxy(entry);
    }
    function test(source, names) {
        const functions = names.split(';')[0];
        for (const n of functions ? functions.split(',') : []) if (!(n in globalThis)) globalThis[n] = proxy(n);
        globalEval(source);
    }
    return [begin, test];
})

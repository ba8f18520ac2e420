// The ES-module entry of the capture hook (node --import): the hook itself is node-capture-hook.cjs.
import './node-capture-hook.cjs';

class ValidationError extends Error {
  constructor(field, msg) { super(msg); this.name = 'ValidationError'; this.field = field; }
}
async function validate(u) {
  await null;
  if (!u.email) throw new ValidationError('email', 'email is required');
  return true;
}
validate({ email: 'a@b' }).then(v => console.log('valid', v));
validate({}).catch(e => console.log(e.name, e.field, e.message, e instanceof ValidationError, e instanceof Error, `${e}`));
setTimeout(() => validate({}), 10);

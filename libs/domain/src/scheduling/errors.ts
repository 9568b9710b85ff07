/**
 * Bad caller input (malformed time, impossible block, unknown zone...). `field` names the offending
 * input so the API edge can map it to BAD_USER_INPUT without parsing the message.
 */
export class SchedulingInputError extends Error {
  constructor(
    public field: string,
    message: string,
  ) {
    super(message);
    this.name = 'SchedulingInputError';
  }
}

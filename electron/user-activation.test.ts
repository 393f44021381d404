import { describe, expect, it } from 'vitest';
import { createUserActivation, USER_ACTIVATION_MS } from './user-activation.js';

describe('createUserActivation', () => {
  it.each(['mouseUp', 'keyDown', 'rawKeyDown', 'gestureTap'])('%s lets one action through, once', (type) => {
    const activation = createUserActivation(() => 0);
    expect(activation.consume()).toBe(false);
    activation.noteInput(type);
    expect(activation.consume()).toBe(true);
    expect(activation.consume()).toBe(false);
  });

  it.each(['mouseMove', 'mouseEnter', 'mouseWheel', 'mouseDown', 'keyUp', 'char', undefined])('%s is not a user activation', (type) => {
    const activation = createUserActivation(() => 0);
    activation.noteInput(type);
    expect(activation.consume()).toBe(false);
  });

  it('expires: a click cannot be saved for later', () => {
    let now = 1_000;
    const activation = createUserActivation(() => now);
    activation.noteInput('mouseUp');
    now += USER_ACTIVATION_MS;
    expect(activation.consume()).toBe(true);
    activation.noteInput('mouseUp');
    now += USER_ACTIVATION_MS + 1;
    expect(activation.consume()).toBe(false);
  });
});

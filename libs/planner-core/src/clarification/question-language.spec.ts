import { isNotEnglish } from './question-language';

describe('isNotEnglish', () => {
  it.each([
    'Zeig mir die gescheiterten Anmeldungen von heute',
    'montre les erreurs du serveur pour alice@example.org',
    'cuántos pedidos hubo en la última semana',
    'Quais usuários fizeram login com erro ontem?',
    'mostrami gli accessi falliti di ieri',
    'Покажи ошибки входа',
    '昨日のログインエラー',
  ])('reads "%s" as not English', (question) => {
    expect(isNotEnglish(question)).toBe(true);
  });

  it.each([
    'failed sign-ins for Juan de la Vega this week',
    'orders shipped to Rio de Janeiro per day',
    'count logons per host vs last week, via VPN only',
    'errors for la-web-01 and de-db-02 since Monday',
    'hello',
    '10.0.0.5',
  ])('reads "%s" as English (or as no language at all)', (question) => {
    expect(isNotEnglish(question)).toBe(false);
  });
});

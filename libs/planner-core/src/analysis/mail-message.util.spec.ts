import { saysMailMessages } from './mail-message.util';

describe('saysMailMessages', () => {
  it('reads messages by what they carry, who sent or got them, or how they travelled', () => {
    expect(saysMailMessages('mails carrying an attachment called quote.pdf since tuesday')).toBe(true);
    expect(saysMailMessages('which senders mailed kim@tailspin.test the most this week')).toBe(true);
    expect(saysMailMessages('outgoing e-mails to gmail.com addresses today')).toBe(true);
    expect(saysMailMessages('messages that were quarantined overnight')).toBe(true);
    expect(saysMailMessages('who received a mail from the hr-notice.biz domain')).toBe(true);
    expect(saysMailMessages('junk mail reaching the sales inbox per day')).toBe(true);
  });

  it("does not read a person's e-mail address, or attachments and recipients said of no mail", () => {
    expect(saysMailMessages('clients in Spain with their email and phone')).toBe(false);
    expect(saysMailMessages('suppliers whose email address is missing')).toBe(false);
    expect(saysMailMessages('tickets with attachments opened in March')).toBe(false);
    expect(saysMailMessages('grant recipients by region in 2024')).toBe(false);
    expect(saysMailMessages('coupon_redeemed spam from one address in the past hour')).toBe(false);
  });
});

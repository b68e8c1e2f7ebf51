import { describe, expect, it } from 'vitest';
import type { Lang } from '../claims/vocabulary';
import { datesIn, whenAt, whenOf } from './when';

describe('whenOf', () => {
  it.each<[Lang, string, string | null, string | null, string | null]>([
    ['fr', "10 000 soldats d'ici décembre", '2024-10-23', null, 'by 2024-12'],
    ['fr', "prêts à combattre d'ici le 1er novembre", '2024-10-18', null, 'by 2024-11-01'],
    ['fr', "d'ici la fin de l'année, 10 000 soldats", '2024-10-23', null, 'by 2024-12'],
    ['fr', 'Le 18 octobre, le NIS a annoncé 1 500 soldats', '2024-10-23', '2024-10-18', null],
    ['fr', 'Ce mercredi, le NIS a annoncé 3 000 soldats', '2024-10-24', '2024-10-23', null],
    ['fr', 'En avril, le NIS comptait 600 morts', '2025-09-02', '2025-04', null],
    ['fr', 'Le 18 octobre, 1 500 soldats', null, null, null],
    ['en', '10,000 troops by December', '2024-10-23', null, 'by 2024-12'],
    ['en', "Over 10,000 by Year's End", '2024-10-23', null, 'by 2024-12'],
    ['en', 'a lawmaker said on Monday (Jan 13)', '2025-01-14', '2025-01-13', null],
    ['en', 'On October 18, the NIS said', '2024-10-23', '2024-10-18', null],
    ['en', 'the NIS said on Wednesday', '2024-10-24', '2024-10-23', null],
    ['en', 'On 1 November troops arrived', '2024-12-01', '2024-11-01', null],
    ['de', 'Am 23. Oktober meldete der Geheimdienst', '2024-10-24', '2024-10-23', null],
    ['de', 'bis Dezember 10.000 Soldaten', '2024-10-24', null, 'by 2024-12'],
    ['es', 'el 18 de octubre de 2024', null, '2024-10-18', null],
    ['ru', '18 октября разведка сообщила', '2024-10-23', '2024-10-18', null],
    ['ru', 'к декабрю 10 тысяч военных', '2024-10-23', null, 'by 2024-12'],
    ['ru', 'к марту 10 тысяч военных', '2024-10-23', null, 'by 2025-03'],
    ['uk', '18 жовтня розвідка повідомила', '2024-10-23', '2024-10-18', null],
    ['ko', '국정원은 10월 23일 밝혔다', '2024-10-24', '2024-10-23', null],
    ['ko', '12월까지 1만 명', '2024-10-24', null, 'by 2024-12'],
    // A month in a clause about the future is the coming one, a deadline; in the past, the latest on or before.
    ['fr', '3 000 soldats seront déployés en décembre', '2024-10-22', null, 'by 2024-12'],
    ['fr', 'le déploiement devrait être achevé en décembre', '2024-10-22', null, 'by 2024-12'],
    ['fr', '3 000 soldats ont été déployés en décembre', '2024-10-22', '2023-12', null],
    ['fr', '3 000 soldats ont été déployés en octobre', '2024-10-22', '2024-10', null],
    ['en', '3,000 soldiers will be deployed in December', '2024-10-22', null, 'by 2024-12'],
    ['en', '3,000 soldiers would arrive in March', '2024-10-22', null, 'by 2025-03'],
    ['en', '3,000 soldiers were deployed in December', '2024-10-22', '2023-12', null],
    ['de', '3.000 Soldaten sollen im Dezember verlegt werden', '2024-10-22', null, 'by 2024-12'],
    ['de', '3.000 Soldaten wurden im Dezember verlegt', '2024-10-22', '2023-12', null],
    ['es', '3.000 soldados llegarán en diciembre', '2024-10-22', null, 'by 2024-12'],
    ['ru', '3 тысячи военных будут отправлены в декабре', '2024-10-22', null, 'by 2024-12'],
    ['ru', '3 тысячи военных были отправлены в декабре', '2024-10-22', '2023-12', null],
    ['uk', '3 тисячі військових будуть відправлені у грудні', '2024-10-22', null, 'by 2024-12'],
    ['ko', '북한군 3천 명이 12월 1일 파병될 예정', '2024-10-22', null, 'by 2024-12-01'],
    // A year after a month is no day of it ("May 2025" is not 20 May); a table cell holding a month and year dates
    // its row, a month elsewhere without a preposition ("since October 2024") does not.
    ['en', 'In May 2025, 14,000 troops arrived', '2025-08-01', '2025-05', null],
    ['en', 'NIS\tMar 2025\t14,000 troops', '2025-08-01', '2025-03', null],
    ['fr', 'NIS\tmars 2025\t14 000 soldats', '2025-08-01', '2025-03', null],
    ['en', 'Troops have fought there since October 2024', '2025-08-01', null, null],
    ['fr', 'en 2025 mai reste incertain', '2025-08-01', null, null],
  ])('%s: %s (published %s)', (lang, sentence, published, date, period) => {
    expect(whenOf(sentence, 0, lang, published)).toEqual({ date, period });
  });

  it('takes the date nearest to the figure', () => {
    const s = 'Le 18 octobre, 1 500 soldats; le 23 octobre, 3 000 soldats';
    expect(whenOf(s, s.indexOf('3 000'), 'fr', '2024-10-25').date).toBe('2024-10-23');
  });

  it('takes only the dates a filter accepts, and none when it accepts none', () => {
    const s = 'Le 18 octobre, 1 500 soldats; le 23 octobre, 3 000 soldats';
    const found = datesIn(s, 'fr', '2024-10-25');
    expect(whenAt(found, s.indexOf('3 000'), (at) => at < s.indexOf(';')).date).toBe('2024-10-18');
    expect(whenAt(found, s.indexOf('3 000'), () => false)).toEqual({ date: null, period: null });
  });
});

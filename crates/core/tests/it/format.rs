use deploycalc_core::model::money::{Currency, MoneyRange, Range};
use deploycalc_core::report::format::{money, money_range, number};

#[test]
fn numbers_get_thousands_separators() {
    assert_eq!(number(1234567.891, 2), "1,234,567.89");
    assert_eq!(number(999.0, 0), "999");
    assert_eq!(number(-1234.5, 1), "-1,234.5");
    assert_eq!(number(-0.001, 2), "0.00");
    assert_eq!(number(f64::NAN, 2), "—");
}

#[test]
fn money_picks_sensible_decimals() {
    assert_eq!(money(383.98, Currency::Usd), "$383.98");
    assert_eq!(money(2829.456, Currency::Cny), "¥2,829");
    assert_eq!(money(0.0000166667, Currency::Usd), "$0.000017");
    assert_eq!(money(0.0, Currency::Usd), "$0");
    assert_eq!(
        money_range(MoneyRange::new(Range::new(392.98, 397.98), Currency::Usd)),
        "$392.98–$397.98"
    );
    assert_eq!(
        money_range(MoneyRange::new(Range::point(5.0), Currency::Usd)),
        "$5.00"
    );
    // both ends share the decimals of the larger one
    assert_eq!(
        money_range(MoneyRange::new(Range::new(740.0, 1020.0), Currency::Usd)),
        "$740–$1,020"
    );
    assert_eq!(
        money_range(MoneyRange::new(Range::new(0.5, 2.0), Currency::Cny)),
        "¥0.50–¥2.00"
    );
}

#[test]
fn unit_prices_keep_the_list_precision() {
    use deploycalc_core::report::format::unit_price;
    assert_eq!(unit_price(0.526, Currency::Usd), "$0.526");
    assert_eq!(unit_price(0.08, Currency::Usd), "$0.08");
    assert_eq!(unit_price(0.0225, Currency::Usd), "$0.0225");
    assert_eq!(unit_price(0.0000166667, Currency::Usd), "$0.000017");
    assert_eq!(unit_price(5.0, Currency::Usd), "$5.00");
    assert_eq!(unit_price(7.5, Currency::Cny), "¥7.50");
}

#[test]
fn amounts_show_zero_or_two_decimals() {
    use deploycalc_core::report::format::amount_smart;
    // whole numbers: no decimals, thousands grouped (1234 -> "1,234")
    assert_eq!(amount_smart(3.0), "3");
    assert_eq!(amount_smart(1234.0), "1,234");
    assert_eq!(amount_smart(0.0), "0");
    // a fraction: two places, 2.5 -> "2.50"; 1234.567 -> "1,234.57" (0.567 rounds up)
    assert_eq!(amount_smart(2.5), "2.50");
    assert_eq!(amount_smart(1234.567), "1,234.57");
    assert_eq!(amount_smart(-0.5), "-0.50");
}

#[test]
fn durations_switch_to_seconds_at_one_second() {
    use deploycalc_core::report::format::{duration_ms, duration_ms_range};
    // below 1,000 ms: whole milliseconds (849.6 rounds to 850)
    assert_eq!(duration_ms(849.6), "850 ms");
    assert_eq!(duration_ms(0.0), "0 ms");
    // from 1,000 ms: seconds, two places at most, trailing zeros dropped:
    // 1000 / 1000 = 1 -> "1 s"; 1500 / 1000 = 1.5 -> "1.50" -> "1.5 s"; 2000 -> "2 s"
    assert_eq!(duration_ms(1000.0), "1 s");
    assert_eq!(duration_ms(1500.0), "1.5 s");
    assert_eq!(duration_ms(2000.0), "2 s");
    // 3300 / 1000 = 3.3 -> "3.3 s"; 12340 / 1000 = 12.34 -> "12.34 s";
    // 10000 / 1000 = 10 -> "10.00" -> "10 s" (the zero before the point stays)
    assert_eq!(duration_ms(3300.0), "3.3 s");
    assert_eq!(duration_ms(12340.0), "12.34 s");
    assert_eq!(duration_ms(10000.0), "10 s");
    // a range joins both ends with an en dash; a point shows once
    assert_eq!(duration_ms_range(Range::new(800.0, 1200.0)), "800 ms–1.2 s");
    assert_eq!(duration_ms_range(Range::new(150.0, 150.0)), "150 ms");
}

#[test]
fn per_month_labels_name_the_currency() {
    use deploycalc_core::model::vocab::Lang;
    use deploycalc_core::report::format::per_month;
    assert_eq!(per_month(Currency::Usd, Lang::En), "$ / month");
    assert_eq!(per_month(Currency::Cny, Lang::Zh), "¥ / 月");
    assert_eq!(per_month(Currency::Usd, Lang::Zh), "$ / 月");
}

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

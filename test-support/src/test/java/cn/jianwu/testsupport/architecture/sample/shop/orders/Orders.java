package cn.jianwu.testsupport.architecture.sample.shop.orders;

import cn.jianwu.testsupport.architecture.sample.shop.billing.Billing;
import cn.jianwu.testsupport.architecture.sample.shop.billing.rates.Rates;
import cn.jianwu.testsupport.architecture.sample.warehouse.Stock;

/** Breaks every rule: a cycle with billing, billing's internals, another service. */
public class Orders {

	Billing billing;

	Rates rates;

	Stock stock;

}

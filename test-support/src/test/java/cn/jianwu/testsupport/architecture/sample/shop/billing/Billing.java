package cn.jianwu.testsupport.architecture.sample.shop.billing;

import cn.jianwu.testsupport.architecture.sample.shop.orders.Orders;

public class Billing {

	Orders orders;

}

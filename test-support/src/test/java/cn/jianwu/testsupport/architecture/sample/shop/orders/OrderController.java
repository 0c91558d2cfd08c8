package cn.jianwu.testsupport.architecture.sample.shop.orders;

import cn.jianwu.testsupport.architecture.sample.shop.billing.InvoiceRepository;

/** Reads another feature's repository. */
public class OrderController {

	InvoiceRepository invoices;

}

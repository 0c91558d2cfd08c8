package cn.jianwu.testsupport.architecture.sample.shop.billing;

public class InvoiceRepository {

}

package cn.jianwu.testsupport.architecture.sample.shop.billing.rates;

public class Rates {

}

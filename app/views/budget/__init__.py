"""The 家計 tab: household budget sheets, cash flow, debts and repayment plans of a case."""

import asyncio

class Account:
    def __init__(self, balance):
        self.balance = balance
        self._lock = asyncio.Lock()

    async def withdraw(self, amount):
        await self._lock.acquire()
        try:
            if amount > self.balance:
                raise ValueError(f"insufficient funds: {self.balance} < {amount}")
            await asyncio.sleep(0.01)
            self.balance -= amount
            return self.balance
        finally:
            self._lock.release()

async def main():
    acc = Account(100)
    results = await asyncio.gather(acc.withdraw(30), acc.withdraw(50), acc.withdraw(40), return_exceptions=True)
    print(results)
    print(acc.balance)
    acc.deposit(5)

asyncio.run(main())
